/**
 * Ids of blog posts. A post's address comes from its file name only, so staff
 * may keep posts in year folders: `content/posts/en/2026/my-post.mdx` and
 * `content/posts/en/my-post.mdx` are both `en/my-post`, published at
 * `/blog/my-post/`. Two files that would give one address stop the build,
 * naming both files.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SLUG_PATTERN, slugify } from './entry-ids.ts';
import { parseEntryId } from './localized-content.ts';

export function postIdFromPath(collection: string, path: string): string {
  const file = `content/${collection}/${path}`;
  const parts = path.split('/');
  const name = (parts.pop() ?? '').replace(/\.mdx?$/, '');
  try {
    parseEntryId(`${parts[0] ?? ''}/${name}`);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  if (!SLUG_PATTERN.test(name)) {
    throw new Error(
      `${file}: the file name "${name}" cannot be a web address. Use lowercase letters, digits and hyphens, e.g. "${slugify(name) || 'my-post'}.mdx".`,
    );
  }
  if (/^\d+$/.test(name)) {
    throw new Error(`${file}: a post's file name needs at least one letter ("${name}" looks like a page number).`);
  }
  return `${parts[0]}/${name}`;
}

/** What the glob loader passes to `generateId`. */
export interface GenerateIdOptions {
  entry: string;
  base?: URL | string;
  data?: Record<string, unknown>;
}

export function folderOf(base: URL | string | undefined): string | undefined {
  if (base === undefined) return undefined;
  return base instanceof URL || base.startsWith('file:') ? fileURLToPath(base) : base;
}

/**
 * The hero picture must exist. Astro's own error names only the picture, and
 * only late in the build; this one names the post and the field, at once.
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
  if (typeof image !== 'string' || !image.startsWith('.')) return;
  const picture = join(dirname(join(folder, entry)), image);
  if (!existsSync(picture)) {
    throw new Error(
      `content/${collection}/${entry}: hero.image "${image}" does not exist (no file at ${relative(process.cwd(), picture) || picture}). Put the picture in ${pictures} and check the spelling.`,
    );
  }
}

/**
 * A `generateId` for the posts' glob loader: refuses two files with one
 * address and a hero picture that is not there. A file renamed while
 * `npm run dev` runs is no longer counted.
 */
export function uniquePostIdGenerator(collection: string) {
  const seen = new Map<string, string>();
  return ({ entry, base, data }: GenerateIdOptions): string => {
    const id = postIdFromPath(collection, entry);
    const folder = folderOf(base);
    if (folder) checkHeroImage(collection, folder, entry, data);
    const previous = seen.get(id);
    if (previous && previous !== entry && (!folder || existsSync(join(folder, previous)))) {
      const { locale, slug } = parseEntryId(id);
      throw new Error(
        `content/${collection}: "${previous}" and "${entry}" have the same name, so both would be published at /${locale === 'en' ? '' : `${locale}/`}blog/${slug}/. Rename one of them.`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}

/** Campaign slugs that exist in any locale: the file names under `content/campaigns/<locale>/`. */
export function campaignSlugs(files: readonly string[]): Set<string> {
  const slugs = new Set<string>();
  for (const file of files) {
    const match = /^[^/]+\/([^/]+)\.mdx$/.exec(file.replaceAll('\\', '/'));
    if (match && !match[1]!.startsWith('_')) slugs.add(match[1]!);
  }
  return slugs;
}
