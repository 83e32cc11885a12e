/**
 * What the web editor (src/scripts/admin-editor.ts) changes in an entry just
 * before it writes the files, so they read like the ones written by hand:
 *
 * - Pictures: the editor's media library names a picture by its place in the
 *   project (`/content/images/posts/x.jpg`); entry files name it relative to
 *   themselves (`../../images/posts/x.jpg`), as the build (src/lib/pictures.ts) and the content
 *   guard read it. Every entry sits at `content/<collection>/<locale>/`.
 * - Translation records (src/lib/translation-status.ts): a translation written by
 *   the editor keeps the hash of the English it was made from, but never a
 *   native speaker's review, so an edited translation reads "not reviewed" (or
 *   "out of date" once the English has changed) until someone reviews it and
 *   runs `npm run translations -- --mark`.
 */

/** Where every picture content uses lives, from the project root. */
export const IMAGES_FOLDER = 'content/images';
/** The same folder as an entry file (`content/<collection>/<locale>/<slug>.mdx`) names it. */
export const IMAGES_FROM_ENTRY = '../../images';

const PROJECT_PICTURE = new RegExp(`^/${IMAGES_FOLDER}/([^\\s]+\\.(?:jpe?g|png|webp|avif|gif))$`, 'i');

/** `/content/images/posts/x.jpg` → `../../images/posts/x.jpg`; anything else unchanged. */
export function entryPicturePath(value: string): string {
  const match = PROJECT_PICTURE.exec(value);
  return match ? `${IMAGES_FROM_ENTRY}/${match[1]}` : value;
}

/** The parts of an Immutable.js collection the hook uses (Sveltia hands the entry over as an Immutable Map). */
export interface ImmutableLike {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableLike;
  getIn(path: readonly unknown[]): unknown;
  setIn(path: readonly unknown[], value: unknown): ImmutableLike;
  map(fn: (value: unknown) => unknown): ImmutableLike;
  keySeq(): { toArray(): unknown[] };
  toJS(): unknown;
}

function isImmutable(value: unknown): value is ImmutableLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ImmutableLike).map === 'function' &&
    typeof (value as ImmutableLike).toJS === 'function'
  );
}

/** Every string in a (nested) Immutable collection, rewritten. */
function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (isImmutable(value)) return value.map((item) => mapStrings(item, fn));
  return value;
}

/** The `preSave` hook: picture paths relative to the entry, every translation's record `reviewed: false`. */
export function prepareEntryForSave(entry: ImmutableLike): ImmutableLike {
  let result = entry.set('data', mapStrings(entry.get('data'), entryPicturePath));
  const i18n = entry.get('i18n');
  const locales = isImmutable(i18n) ? i18n.keySeq().toArray() : [];
  for (const locale of locales) {
    result = result.setIn(
      ['i18n', locale, 'data'],
      mapStrings(result.getIn(['i18n', locale, 'data']), entryPicturePath),
    );
    const record = result.getIn(['i18n', locale, 'data', 'translation']);
    if (isImmutable(record)) result = result.setIn(['i18n', locale, 'data', 'translation', 'reviewed'], false);
  }
  return result;
}
