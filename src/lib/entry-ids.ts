/**
 * Ids of content entries, made from their file paths by the collections' glob
 * loaders (src/content.config.ts). An id is `<locale>/<slug>`, and the slug is
 * the page's address, so staff get a clear build error, naming the file, when a
 * file name cannot be an address or when two files would give the same page.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEntryId } from './localized-content.ts';
import { postPath } from './paths.ts';
import { heroPictureFile } from './hero-image.ts';

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

function checkLocaleFolder(id: string, file: string) {
  try {
    parseEntryId(id);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

function checkFileName(name: string, file: string) {
  if (!SLUG_PATTERN.test(name)) {
    throw new Error(
      `${file}: the file name "${name}" cannot be a web address. Use lowercase letters, digits and hyphens, e.g. "${slugify(name) || 'my-post'}.mdx".`,
    );
  }
}

/** The id of an entry is its path without the extension: `en/my-campaign`. */
export function entryIdFromPath(collection: string, path: string): string {
  const file = `content/${collection}/${path}`;
  const id = path.replace(/\.mdx?$/, '');
  checkLocaleFolder(id, file);
  for (const part of id.split('/').slice(1)) checkFileName(part, file);
  return id;
}

/**
 * A post's address comes from its file name only, so staff may keep posts in
 * year folders: `content/posts/en/2026/my-post.mdx` and
 * `content/posts/en/my-post.mdx` are both `en/my-post`, at `/blog/my-post/`.
 */
export function postIdFromPath(collection: string, path: string): string {
  const file = `content/${collection}/${path}`;
  const parts = path.split('/');
  const name = (parts.pop() ?? '').replace(/\.mdx?$/, '');
  const id = `${parts[0] ?? ''}/${name}`;
  checkLocaleFolder(id, file);
  checkFileName(name, file);
  if (/^\d+$/.test(name)) {
    throw new Error(`${file}: a post's file name needs at least one letter ("${name}" looks like a page number).`);
  }
  return id;
}

/** What the glob loader passes to `generateId`. */
export interface GenerateIdOptions {
  entry: string;
  base?: URL | string;
  data?: Record<string, unknown>;
}

function folderOf(base: URL | string | undefined): string | undefined {
  if (base === undefined) return undefined;
  return base instanceof URL || base.startsWith('file:') ? fileURLToPath(base) : base;
}

/**
 * The hero picture must be a file in content/images/ that exists. The schema keeps `hero.image` as
 * the path staff wrote (src/lib/hero-image.ts); this check knows the entry's file, so it names the
 * entry, the field and the path, at once, before any page is built.
 */
export function checkHeroImage(
  collection: string,
  folder: string,
  entry: string,
  data: Record<string, unknown> | undefined,
  pictures = 'content/images/posts/',
) {
  const hero = data?.hero as { image?: unknown } | undefined;
  const image = hero?.image;
  // A missing or non-text value is the schema's to refuse (it names the field too).
  if (typeof image !== 'string') return;
  const file = `content/${collection}/${entry}`;
  // The project root, seen from the collection's folder (`content/<collection>`).
  const root = resolve(folder, '..', '..');
  const found = heroPictureFile(file, image);
  if ('error' in found) throw new Error(`${file}: hero.image ${found.error}`);
  const picture = join(root, found.file);
  if (!existsSync(picture)) {
    throw new Error(
      `${file}: hero.image "${image}" does not exist (no file at ${relative(process.cwd(), picture) || picture}). Put the picture in ${pictures} and check the spelling.`,
    );
  }
}

export interface IdGeneratorOptions {
  /** How a file path becomes an id (default: the path without extension). */
  idFromPath?: (collection: string, path: string) => string;
  /** The address an id is published at, for the error when two files share it. */
  address?: (id: string) => string;
  /** More checks on each entry; `folder` is known when the loader passes its base. */
  check?: (entry: { id: string; file: string; folder?: string; path: string; data?: Record<string, unknown> }) => void;
}

/**
 * The `generateId` for a collection's glob loader: makes the id, runs the
 * checks, and refuses two files with one id, naming both. A file renamed while
 * `npm run dev` runs is no longer counted.
 */
export function uniqueIdGenerator(collection: string, options: IdGeneratorOptions = {}) {
  const { idFromPath = entryIdFromPath, address = (id: string) => `the same address (${id})`, check } = options;
  const seen = new Map<string, string>();
  return ({ entry, base, data }: GenerateIdOptions): string => {
    const id = idFromPath(collection, entry);
    const folder = folderOf(base);
    check?.({ id, file: `content/${collection}/${entry}`, folder, path: entry, data });
    const previous = seen.get(id);
    if (previous && previous !== entry && (!folder || existsSync(join(folder, previous)))) {
      throw new Error(
        `content/${collection}: "${previous}" and "${entry}" have the same name, so both would be published at ${address(id)}. Rename one of them.`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}

/** The posts' `generateId`: ids from file names only, a hero picture that exists, one file per address. */
export function postIdGenerator(collection: string) {
  return uniqueIdGenerator(collection, {
    idFromPath: postIdFromPath,
    address: (id) => {
      const { locale, slug } = parseEntryId(id);
      return postPath(slug, locale);
    },
    check: ({ folder, path, data }) => {
      if (folder) checkHeroImage(collection, folder, path, data);
    },
  });
}

/** Campaign slugs that exist in any locale: the file names under `content/campaigns/<locale>/`. */
export function campaignSlugs(files: readonly string[]): Set<string> {
  const slugs = new Set<string>();
  for (const file of files) {
    const match = /^[^/]+\/([^/]+)\.mdx?$/.exec(file.replaceAll('\\', '/'));
    if (match && !match[1]!.startsWith('_')) slugs.add(match[1]!);
  }
  return slugs;
}
