/**
 * Reading the content collections for one page language, at build time (it
 * uses `astro:content`): each entry in the page's language when translated,
 * else the English original (see ./localized-content.ts). Posts leave drafts
 * and scheduled posts out of production builds; signs and stats come sorted and cross-checked.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '@/config/site.ts';
import { defaultLocale, type Locale } from '@/i18n/index.ts';
import { byNewest } from './blog.ts';
import { buildDay, isPublished } from './publishing.ts';
import { resolveLocalized, type Resolved } from './localized-content.ts';
import { checkSignReferences, compareSigns } from './signs.ts';

export type Post = CollectionEntry<'posts'>;
export type ResolvedPost = Resolved<Post>;
export type SignPage = Resolved<CollectionEntry<'signs'>>;
export type StatPage = Resolved<CollectionEntry<'stats'>>;

/** The day this build publishes up to (see ./publishing.ts): fixed once per build. */
export const BUILD_DAY = buildDay(process.env.BUILD_DATE, site.publishingTimeZone);

/**
 * Every post the site publishes: drafts, and posts dated after the build day, only while
 * previewing (`npm run dev`). Every page, feed, index, search and the sitemap read this.
 */
export async function publishedPosts(): Promise<Post[]> {
  return getCollection('posts', ({ data }) => isPublished(data, import.meta.env.PROD, BUILD_DAY));
}

/** Every post for one page locale, newest first (by the date of the text shown). */
export function postsForLocale(posts: readonly Post[], locale: Locale): ResolvedPost[] {
  return resolveLocalized(posts, locale).sort((a, b) => byNewest(a.entry, b.entry));
}

/** Every statistics entry, in the order staff give them (`order`, then file name). */
export async function loadStats(locale: Locale): Promise<StatPage[]> {
  const stats = resolveLocalized(await getCollection('stats'), locale);
  return stats.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

/** Every warning-signs entry in the guide's order; a `related` or `stat` naming no entry stops the build. */
export async function loadSigns(locale: Locale): Promise<SignPage[]> {
  const signs = resolveLocalized(await getCollection('signs'), locale);
  const stats = await loadStats(locale);
  checkSignReferences(
    signs.map((s) => ({ slug: s.slug, related: s.entry.data.related, stat: s.entry.data.stat })),
    stats.map((s) => s.slug),
  );
  return signs.sort((a, b) =>
    compareSigns(
      { slug: a.slug, group: a.entry.data.group, order: a.entry.data.order, title: a.entry.data.title },
      { slug: b.slug, group: b.entry.data.group, order: b.entry.data.order, title: b.entry.data.title },
    ),
  );
}

/** The guide text (intro and the sections around the signs). */
export async function loadGuide(locale: Locale, slug = 'signs') {
  const guide = resolveLocalized(await getCollection('guides'), locale).find((g) => g.slug === slug);
  if (!guide) throw new Error(`content/guides/${defaultLocale}/${slug}.mdx is missing: the warning-signs guide needs it.`);
  return guide;
}

/** One statistics entry by file name, or a build error naming what is missing. */
export async function findStat(slug: string, locale: Locale): Promise<StatPage> {
  const stat = (await loadStats(locale)).find((s) => s.slug === slug);
  if (!stat) throw new Error(`No statistics entry "${slug}": expected content/stats/${defaultLocale}/${slug}.mdx.`);
  return stat;
}
