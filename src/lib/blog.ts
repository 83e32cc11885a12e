/**
 * Pure helpers for the blog: ordering, pagination, reading time, tags,
 * previous/next. No Astro imports, so unit tests run them directly.
 */
import { slugify } from './entry-ids.ts';

/**
 * Posts on each page of `/blog/` and of each tag page (page 1 is `/blog/`, page 2 `/blog/page/2/`):
 * ten, as readers of news and blog lists expect, and few enough list pages to keep builds cheap.
 */
export const POSTS_PER_PAGE = 10;

/** Words a typical adult reads per minute (plain text on screen). */
export const WORDS_PER_MINUTE = 200;

export interface PostLike {
  id: string;
  data: { title: string; published: Date; draft?: boolean };
}

/** Newest first; posts of the same day by title, so the order never depends on the file system. */
export function byNewest<T extends { data: { published: Date; title: string } }>(a: T, b: T): number {
  const diff = b.data.published.getTime() - a.data.published.getTime();
  return diff !== 0 ? diff : a.data.title.localeCompare(b.data.title);
}

/** Plain words of an MDX body: no frontmatter, imports, components, tags, URLs or Markdown marks. */
export function plainText(body: string): string {
  return body
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#*_>`|~-]+/g, ' ');
}

export function wordCount(body: string): number {
  return plainText(body)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Whole minutes to read, at least 1. A post's minutes show on its own page and
 * on every list, tag and campaign page that lists it, so the word count is
 * worked out once per body and remembered for the rest of the build.
 */
export function readingMinutes(body: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  let words = wordCounts.get(body);
  if (words === undefined) {
    words = wordCount(body);
    wordCounts.set(body, words);
  }
  return Math.max(1, Math.round(words / wordsPerMinute));
}
const wordCounts = new Map<string, number>();

export interface PageOf<T> {
  items: T[];
  /** 1-based. */
  current: number;
  last: number;
  total: number;
}

/** Split a list into pages; an empty list still gives one (empty) first page. */
export function paginateList<T>(items: readonly T[], pageSize = POSTS_PER_PAGE): PageOf<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`pageSize must be a positive integer, got ${pageSize}`);
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: last }, (_, i) => ({
    items: items.slice(i * pageSize, (i + 1) * pageSize),
    current: i + 1,
    last,
    total: items.length,
  }));
}

/**
 * The page numbers a pagination bar links to: the first and last page, the current one and its
 * neighbours; `null` marks a gap of two or more pages (shown as "…"). A gap of one page shows that
 * page instead. With hundreds of pages each list page stays small.
 */
export function pageNumbers(current: number, last: number, around = 1): (number | null)[] {
  const shown = new Set([1, last]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= last) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  for (const page of sorted) {
    const before = numbers.at(-1);
    if (typeof before === 'number' && page - before === 2) numbers.push(before + 1);
    else if (typeof before === 'number' && page - before > 2) numbers.push(null);
    numbers.push(page);
  }
  return numbers;
}

/** In a newest-first list, the older post ("previous") and the newer one ("next"). */
export function neighbours<T>(list: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: list[index + 1], next: index > 0 ? list[index - 1] : undefined };
}

/** Every tag used, sorted, with how many posts carry it. */
export function tagCounts(posts: readonly { data: { tags: readonly string[] } }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of posts) for (const tag of new Set(post.data.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** A post's file slug from a title, for the scaffolding tool. Purely numeric slugs are avoided. */
export function postSlug(title: string): string {
  const slug = slugify(title).split('-').slice(0, 8).join('-');
  if (!slug) throw new Error(`The title "${title}" has no letters or digits to make a web address from.`);
  return /^\d+$/.test(slug) ? `post-${slug}` : slug;
}

/** Share links that are plain URLs: nothing loads from another site until the reader clicks. */
export function shareLinks(url: string, title: string) {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(`${title} ${url}`);
  return {
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${u}`,
    whatsapp: `https://wa.me/?text=${text}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
  };
}
