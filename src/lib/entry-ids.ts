import { parseEntryId } from './localized-content.ts';

/** Slugs become URLs: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turn a title into a URL slug: "Farm work & debt" → "farm-work-debt". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of an entry is its path without the extension: `en/stockton`.
 * Staff get a clear build error, naming the file, when a file name is not a
 * valid slug or when two files would give the same page.
 */
export function entryIdFromPath(collection: string, path: string): string {
  const file = `content/${collection}/${path}`;
  const id = path.replace(/\.mdx?$/, '');
  parseEntryIdOrThrow(id, file);
  const slug = id.split('/').slice(1).join('/');
  for (const part of slug.split('/')) {
    if (!SLUG_PATTERN.test(part)) {
      throw new Error(
        `${file}: the file name "${part}" cannot be a web address. Use lowercase letters, digits and hyphens, e.g. "${slugify(part) || 'my-post'}.mdx".`,
      );
    }
  }
  return id;
}

function parseEntryIdOrThrow(id: string, file: string) {
  try {
    parseEntryId(id);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** A `generateId` for the glob loader that refuses two files with one id. */
export function uniqueIdGenerator(collection: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const id = entryIdFromPath(collection, entry);
    const previous = seen.get(id);
    if (previous && previous !== entry) {
      throw new Error(
        `content/${collection}: "${previous}" and "${entry}" would both be published at the same address (${id}). Rename one of them.`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}
