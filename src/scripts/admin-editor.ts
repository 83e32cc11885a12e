/**
 * The web editor at /admin/ (never loaded by a public page): Sveltia CMS from
 * node_modules, bundled into dist/admin/ by src/integrations/admin.ts. It loads
 * the configuration generated from the content schemas (/admin/config.json),
 * offers only the components content may use, and before saving writes picture
 * paths the way entry files name them and marks edited translations as not
 * reviewed (src/lib/cms-save.ts).
 */
import CMS from '@sveltia/cms';
import { cmsComponents } from '@/lib/cms-components.ts';
import { prepareEntryForSave, type ImmutableLike } from '@/lib/cms-save.ts';

/** The statistics entries that exist, written in by the build (src/integrations/admin.ts). */
declare const __CMS_STAT_IDS__: readonly string[];

for (const component of cmsComponents(__CMS_STAT_IDS__)) {
  CMS.registerEditorComponent({ ...component, fields: component.fields.map((field) => ({ ...field })) });
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => prepareEntryForSave(entry as unknown as ImmutableLike) as unknown as typeof entry,
});

const response = await fetch(new URL('config.json', import.meta.url));
await CMS.init({ config: await response.json() });
