/**
 * The web editor's configuration (Sveltia CMS, served at /admin/), generated from
 * the content schemas in src/lib/schemas.ts at build time, never written by hand:
 * every field of every collection, with what the schema requires (required or
 * not, lengths, numbers' bounds, patterns, choices, defaults), every site
 * language as an i18n locale with the folder layout the site reads
 * (`content/<collection>/<locale>/<slug>.mdx`), and only the MDX components the
 * content guard allows (src/lib/cms-components.ts).
 *
 * A schema field the walker does not understand (a new Zod type, or a value
 * checked by code the editor cannot see, such as a tag list) stops the build
 * with its name, so the editor never offers less than the schema asks for.
 */
import { z } from 'astro/zod';
import type { CmsConfig, EntryCollection, Field } from '@sveltia/cms';
import {
  campaignSchema,
  guideSchema,
  heroImagePath,
  pageSchema,
  postSchema,
  signSchema,
  statSchema,
} from './schemas.ts';
import { defaultLocale, locales } from '@/i18n/locales.ts';
import { postTagKeys } from '@/config/tags.ts';
import { helpRegionIds } from '@/config/help-lines.ts';
import { cmsEditorComponentIds } from './cms-components.ts';

/** Zod's internal definition of a schema (Zod 4 keeps it in `_zod.def`). */
interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> & { check: string } } }[];
  [key: string]: unknown;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Where a field's values come from when the schema checks them in code (superRefine): the choices the editor offers. */
export type FieldChoices = Record<string, readonly string[]>;

import { IMAGES_FOLDER } from './cms-save.ts';

/** What is being walked, for messages and for the choices keyed by dotted path (`hero.image`, `tags`). */
interface WalkContext {
  collection: string;
  path: string;
  choices: FieldChoices;
}

/** A field the editor should treat as language-neutral: copied from the English file into every translation. */
const NEUTRAL_WIDGETS = new Set(['boolean', 'number', 'select', 'datetime', 'image', 'relation']);

function checksOf(def: Def): Record<string, unknown>[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

/** Field names whose plain spelling would puzzle staff: the words the editor shows instead. */
const LABELS: Record<string, string> = {
  description: 'Summary',
  hero: 'Picture',
  alt: 'Picture description (alt text)',
  donateUrl: 'Donation page (https://)',
  supersededBy: 'Replaced by',
  of: 'Out of (for a ratio)',
};

function labelOf(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Length bounds of a string or list, from its checks. */
function lengthBounds(def: Def): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') bounds.min = check.minimum as number;
    if (check.check === 'max_length') bounds.max = check.maximum as number;
    if (check.check === 'length_equals') bounds.min = bounds.max = check.length as number;
  }
  return bounds;
}

/** Does the schema check its value in code (superRefine, refine)? Then the editor cannot know the rule by itself. */
function hasCustomCheck(def: Def): boolean {
  return checksOf(def).some((check) => check.check === 'custom');
}

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  defaultValue?: unknown;
}

/** Strip `.optional()`, `.default()` and transforms (the editor writes what the schema reads, the input side). */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional') {
      required = false;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      current = def.in as z.ZodType;
    } else {
      return { schema: current, required, defaultValue };
    }
  }
}

function unsupported(ctx: WalkContext, what: string): never {
  throw new Error(
    `The web editor's configuration (src/lib/cms-config.ts) cannot describe content/${ctx.collection} field "${ctx.path}": ${what}. Teach the walker this field, so the editor at /admin/ offers it.`,
  );
}

/** The Sveltia field for one schema field, or throws naming the field. */
export function schemaField(name: string, schema: z.ZodType, ctx: WalkContext): Field {
  const { schema: inner, required, defaultValue } = unwrap(schema);
  const def = defOf(inner);
  const base: Record<string, unknown> = { name, label: labelOf(name) };
  if (!required) base.required = false;
  if (defaultValue !== undefined) base.default = defaultValue;
  const choices = ctx.choices[ctx.path];
  const field = (spec: Record<string, unknown>): Field => {
    const merged = { ...base, ...spec };
    if (merged.i18n === undefined) merged.i18n = NEUTRAL_WIDGETS.has(spec.widget as string) ? 'duplicate' : true;
    return merged as unknown as Field;
  };

  // Pictures come from content/images/ (or are uploaded there), never from another site.
  if (inner === heroImagePath)
    return field({
      widget: 'image',
      choose_url: false,
      accept: 'image/jpeg,image/png,image/webp',
    });
  if (choices) {
    // A value checked in code against a list (tags, campaigns, regions, sign entries): offer that list.
    if (def.type === 'array')
      return field({ widget: 'select', options: [...choices], multiple: true, ...lengthBounds(def) });
    if (def.type === 'string') return field({ widget: 'select', options: [...choices] });
    unsupported(ctx, `choices given for a ${def.type}`);
  }
  switch (def.type) {
    case 'string': {
      const format = def.format as string | undefined;
      // The one refinement on an address in the schemas: it must be https:// (the pattern says so).
      if (hasCustomCheck(def) && format !== 'url')
        unsupported(ctx, 'its value is checked in code; give the editor its choices');
      const { min, max } = lengthBounds(def);
      // Short values get one line; summaries and explanations a box.
      const long = (max ?? 0) >= 150 || (max === undefined && (min ?? 0) >= 20);
      const spec: Record<string, unknown> = { widget: long ? 'text' : 'string' };
      if (min !== undefined) spec.minlength = min;
      if (max !== undefined) spec.maxlength = max;
      const regex = checksOf(def).find((c) => c.check === 'string_format' && c.format === 'regex');
      if (format === 'url') {
        spec.widget = 'string';
        spec.pattern = ['^https://', 'Write a full address starting with https://'];
      } else if (regex) {
        spec.pattern = [(regex.pattern as RegExp).source, checkMessage(regex) ?? 'This is not in the expected form.'];
      }
      return field(spec);
    }
    case 'number': {
      const checks = checksOf(def);
      const int = checks.some((c) => c.check === 'number_format' && String(c.format).includes('int'));
      const spec: Record<string, unknown> = { widget: 'number', value_type: int ? 'int' : 'float' };
      // An exclusive bound (`positive()`) is the next whole number for integers; the editor has no
      // exclusive bounds for decimals, so the build's check has the last word there.
      const step = (check: Record<string, unknown>) => (check.inclusive || !int ? 0 : 1);
      for (const check of checks) {
        if (check.check === 'greater_than') spec.min = (check.value as number) + step(check);
        if (check.check === 'less_than') spec.max = (check.value as number) - step(check);
      }
      return field(spec);
    }
    case 'boolean':
      return field({ widget: 'boolean' });
    case 'enum':
      return field({ widget: 'select', options: Object.values(def.entries as Record<string, string>) });
    case 'array': {
      const element = unwrap(def.element as z.ZodType);
      const elementDef = defOf(element.schema);
      const bounds = lengthBounds(def);
      if (elementDef.type === 'enum')
        return field({
          widget: 'select',
          multiple: true,
          options: Object.values(elementDef.entries as Record<string, string>),
          ...bounds,
        });
      if (elementDef.type === 'object')
        return field({ widget: 'list', fields: objectFields(element.schema, ctx), ...bounds });
      if (elementDef.type === 'union' && elementDef.discriminator) {
        const key = elementDef.discriminator as string;
        const types = (elementDef.options as z.ZodType[]).map((option) => {
          const shape = objectShape(option, ctx);
          const literal = defOf(unwrap(shape[key]!).schema);
          const typeName = String((literal.values as unknown[])[0]);
          const rest = Object.fromEntries(Object.entries(shape).filter(([k]) => k !== key));
          return {
            name: typeName,
            label: labelOf(typeName),
            widget: 'object',
            fields: shapeFields(rest, { ...ctx, path: `${ctx.path}.${typeName}` }),
          };
        });
        return field({ widget: 'list', types, typeKey: key, ...bounds });
      }
      // A list of plain values: one field per item, with the item's own rules.
      const item = schemaField(name, def.element as z.ZodType, { ...ctx, path: `${ctx.path}[]` }) as unknown as Record<
        string,
        unknown
      >;
      delete item.i18n;
      return field({ widget: 'list', field: item, ...bounds, i18n: item.widget === 'select' ? 'duplicate' : true });
    }
    case 'object':
    case 'intersection':
      return field({ widget: 'object', fields: objectFields(inner, ctx) });
    case 'union': {
      // A calendar day (src/lib/schemas.ts isoDate: a YAML date or YYYY-MM-DD text).
      const options = (def.options as z.ZodType[]).map((o) => defOf(unwrap(o).schema));
      if (options.some((o) => o.type === 'date')) {
        return field({ widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' });
      }
      return unsupported(ctx, 'a union of other types');
    }
    default:
      return unsupported(ctx, `Zod type "${def.type}"`);
  }
}

/** The message a schema gives for a failed check, when it gives one. */
function checkMessage(check: Record<string, unknown>): string | undefined {
  const error = check.error;
  if (typeof error === 'string') return error;
  if (typeof error === 'function') {
    const message = (error as (issue: unknown) => unknown)({});
    if (typeof message === 'string') return message;
    if (message && typeof (message as { message?: unknown }).message === 'string')
      return (message as { message: string }).message;
  }
  return undefined;
}

/** The fields of an object (or of both sides of `a.and(b)`). */
function objectShape(schema: z.ZodType, ctx: WalkContext): Record<string, z.ZodType> {
  const def = defOf(unwrap(schema).schema);
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
  if (def.type === 'intersection')
    return { ...objectShape(def.left as z.ZodType, ctx), ...objectShape(def.right as z.ZodType, ctx) };
  return unsupported(ctx, `expected an object, found "${def.type}"`);
}

function shapeFields(shape: Record<string, z.ZodType>, ctx: WalkContext): Field[] {
  return Object.entries(shape).map(([key, value]) =>
    schemaField(key, value, { ...ctx, path: ctx.path ? `${ctx.path}.${key}` : key }),
  );
}

function objectFields(schema: z.ZodType, ctx: WalkContext): Field[] {
  return shapeFields(objectShape(schema, ctx), ctx);
}

/* ---------- Collections and the whole configuration ---------- */

/** The entries that exist, read from content/ at build time: the choices of fields that name another entry. */
export interface ContentInventory {
  campaigns: readonly string[];
  signs: readonly string[];
  stats: readonly string[];
}

/** Where the GitHub backend commits, from the build's environment (README, "Publishing from the web"). */
export interface CmsBackendSettings {
  /** `owner/name` of the GitHub repository. */
  repo: string;
  branch: string;
  /** The OAuth helper's address (Sveltia's sveltia-cms-auth, deployed by the organisation). */
  authUrl?: string;
}

export interface CollectionSpec {
  name: string;
  label: string;
  labelSingular: string;
  description: string;
  schema: z.ZodType;
  choices: FieldChoices;
  /** The field list entries are named by (shown in the list). */
  summary?: string;
}

/** The schema's top-level field the translation tools write (src/lib/translation-status.ts): kept, never typed. */
export const TRANSLATION_FIELD = 'translation';

/** Formatting the editor offers in a text: what the content guard and the site's typography support. */
const TEXT_BUTTONS = [
  'bold',
  'italic',
  'link',
  'heading-two',
  'heading-three',
  'quote',
  'bulleted-list',
  'numbered-list',
] as const;

/** Each collection the editor offers, with the schema its fields come from (the unit tests walk the same schemas). */
export function collectionSpecs(inventory: ContentInventory): CollectionSpec[] {
  const campaigns = new Set(inventory.campaigns);
  const signs = new Set(inventory.signs);
  return [
    {
      name: 'posts',
      label: 'Posts',
      labelSingular: 'Post',
      description: 'News and campaign posts (/blog/). A draft is never published.',
      schema: postSchema({ campaigns }),
      choices: { tags: postTagKeys, campaign: inventory.campaigns },
    },
    {
      name: 'campaigns',
      label: 'Campaigns',
      labelSingular: 'Campaign',
      description:
        'Campaign pages (/campaigns/). Region, status, featured, signs and donation page are the same in every language.',
      schema: campaignSchema({ signs }),
      choices: { region: helpRegionIds, signs: inventory.signs },
    },
    {
      name: 'signs',
      label: 'Warning signs',
      labelSingular: 'Warning-sign entry',
      description: 'The warning-signs guide: kinds of exploitation, settings and general signs.',
      schema: signSchema(),
      choices: { related: inventory.signs, stat: inventory.stats },
    },
    {
      name: 'stats',
      label: 'Statistics',
      labelSingular: 'Statistic',
      description: 'Figures with their source and caveats. Every figure must come from the source named.',
      schema: statSchema(),
      choices: { supersededBy: inventory.stats },
    },
    {
      name: 'pages',
      label: 'Pages',
      labelSingular: 'Page',
      description: 'Stand-alone pages: the file name is the address (/get-help/).',
      schema: pageSchema(),
      choices: {},
    },
    {
      name: 'guides',
      label: 'Guide texts',
      labelSingular: 'Guide text',
      description: 'The text around the warning-signs guide.',
      schema: guideSchema(),
      choices: {},
    },
  ];
}

function collectionConfig(spec: CollectionSpec): EntryCollection {
  const shape = objectShape(spec.schema, { collection: spec.name, path: '', choices: spec.choices });
  const fields = Object.entries(shape).map(([key, value]): Field => {
    if (key === TRANSLATION_FIELD) {
      // Written by `npm run translations -- --mark`; the editor keeps it and marks an edited translation
      // as not reviewed (src/scripts/admin-editor.ts), so it never claims a review it did not have.
      return { name: key, label: 'Translation record', widget: 'hidden', i18n: true } as Field;
    }
    return schemaField(key, value, { collection: spec.name, path: key, choices: spec.choices });
  });
  fields.push({
    name: 'body',
    label: 'Text',
    widget: 'richtext',
    i18n: true,
    buttons: [...TEXT_BUTTONS],
    editor_components: cmsEditorComponentIds(),
    linked_images: false,
  } as Field);
  return {
    name: spec.name,
    label: spec.label,
    label_singular: spec.labelSingular,
    description: spec.description,
    folder: `content/${spec.name}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    identifier_field: 'title',
    slug: '{{title}}',
    i18n: true,
    fields,
  } as EntryCollection;
}

/** The whole configuration the editor loads from /admin/config.json. */
export function cmsConfig(inventory: ContentInventory, backend: CmsBackendSettings): CmsConfig {
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      commit_messages: {
        create: 'Create {{collection}} “{{slug}}” (web editor)',
        update: 'Update {{collection}} “{{slug}}” (web editor)',
        delete: 'Delete {{collection}} “{{slug}}” (web editor)',
        uploadMedia: 'Upload “{{path}}” (web editor)',
        deleteMedia: 'Delete “{{path}}” (web editor)',
      },
    },
    app_title: 'STOP THE TRAFFIK campaigns: editor',
    // Every picture lives under content/images/; the editor writes its path relative to the entry's
    // file, as the build (src/lib/pictures.ts) and the content guard read it (src/lib/cms-save.ts).
    media_folder: IMAGES_FOLDER,
    public_folder: `/${IMAGES_FOLDER}`,
    show_preview_links: false,
    // No stock-photo services: every picture is the organisation's own, in content/images/.
    media_libraries: { stock_assets: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    // A new entry starts in English only: the site shows the English (with a note) until a translation exists.
    i18n: {
      structure: 'multiple_folders',
      locales: [...locales],
      default_locale: defaultLocale,
      initial_locales: 'default',
    },
    output: { omit_empty_optional_fields: true },
    collections: collectionSpecs(inventory).map(collectionConfig),
  } as CmsConfig;
}
