/**
 * The components the web editor (/admin/) offers in a text: exactly the ones
 * content may use (src/components/mdx/names.ts, the content guard's list), each
 * written the way the content guard accepts, `<Hotline />` on a line of its own.
 * Shared by the editor's script (src/scripts/admin-editor.ts) and the unit tests.
 *
 * One more block is no component: a note for editors, an MDX comment (`{/*`,
 * the note, then star, slash, brace) on a line of its own, which the site never shows. The editor
 * has to know it as a block, or it would save it as text with its stars
 * escaped, which the content guard refuses.
 */
import type { MdxComponentName } from '@/components/mdx/names.ts';

export interface CmsComponentField {
  name: string;
  label: string;
  widget: 'select' | 'boolean' | 'text';
  options?: readonly string[];
  default?: boolean;
  required?: boolean;
}

/** The editor's id for a note for editors (an MDX comment), beside the components' names. */
export const EDITOR_NOTE_ID = 'EditorNote';

export interface CmsComponent {
  id: MdxComponentName | typeof EDITOR_NOTE_ID;
  label: string;
  /** Attributes the editor asks for (StatFigure's, and the note's text). */
  fields: CmsComponentField[];
  /** Recognises the component in a text. */
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, unknown>;
  toBlock: (data: Record<string, unknown>) => string;
  /** What the editor's preview shows in place of the component. */
  toPreview: (data: Record<string, unknown>) => string;
}

const LABELS: Record<MdxComponentName, string> = {
  Hotline: 'Help lines (hotline buttons)',
  AppLinks: 'STOP APP store links',
  Emergency: 'Emergency number',
  SupportUs: 'Support box (donate and the STOP APP)',
  StatFigure: 'Statistic figure',
  UkHelplines: 'UK help lines',
  FoodIndustryNumber2018: 'UK number of the 2018 food-industry post',
  RelayNumber: 'Relay service number (711)',
  OrganisationLink: 'Link to the organisation’s website',
};

/** A component without attributes: `<Name />` alone on its line. */
function plain(id: MdxComponentName): CmsComponent {
  return {
    id,
    label: LABELS[id],
    fields: [],
    pattern: new RegExp(`^<${id}\\s*/>$`, 'm'),
    fromBlock: () => ({}),
    toBlock: () => `<${id} />`,
    toPreview: () => `[${LABELS[id]}]`,
  };
}

/** `<StatFigure id="ilo-2012" />`, optionally `charts={false}`: `statIds` are the statistics entries that exist. */
function statFigure(statIds: readonly string[]): CmsComponent {
  return {
    id: 'StatFigure',
    label: LABELS.StatFigure,
    fields: [
      { name: 'id', label: 'Statistic', widget: 'select', options: statIds, required: true },
      { name: 'charts', label: 'Show its charts', widget: 'boolean', default: true, required: false },
    ],
    pattern: /^<StatFigure\s+id="([a-z0-9-]+)"(\s+charts=\{false\})?\s*\/>$/m,
    fromBlock: (match) => ({ id: match[1], charts: !match[2] }),
    toBlock: (data) => `<StatFigure id="${String(data.id ?? '')}"${data.charts === false ? ' charts={false}' : ''} />`,
    toPreview: (data) => `[${LABELS.StatFigure}: ${String(data.id ?? '')}]`,
  };
}

/** An MDX comment alone on its line: a note for editors that the site never shows. */
const editorNote: CmsComponent = {
  id: EDITOR_NOTE_ID,
  label: 'Note for editors (not published)',
  fields: [{ name: 'text', label: 'Note', widget: 'text', required: true }],
  pattern: /^\{\/\*([\s\S]*?)\*\/\}$/m,
  fromBlock: (match) => ({ text: (match[1] ?? '').trim() }),
  // A star followed by a slash inside the note would end the comment early.
  toBlock: (data) => `{/* ${String(data.text ?? '').replaceAll('*/', '* /')} */}`,
  toPreview: () => '',
};

/** Every component content may use, in the guard's order; `statIds` fill StatFigure's choice. */
export function cmsComponents(statIds: readonly string[]): CmsComponent[] {
  const all: Record<MdxComponentName, CmsComponent> = {
    Hotline: plain('Hotline'),
    AppLinks: plain('AppLinks'),
    Emergency: plain('Emergency'),
    SupportUs: plain('SupportUs'),
    StatFigure: statFigure(statIds),
    UkHelplines: plain('UkHelplines'),
    FoodIndustryNumber2018: plain('FoodIndustryNumber2018'),
    RelayNumber: plain('RelayNumber'),
    OrganisationLink: plain('OrganisationLink'),
  };
  return [...Object.values(all), editorNote];
}

/** The ids the rich-text field lists in `editor_components`. */
export function cmsEditorComponentIds(): CmsComponent['id'][] {
  return cmsComponents([]).map((c) => c.id);
}
