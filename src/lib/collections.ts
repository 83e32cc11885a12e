/**
 * Reading the content collections for one page language, at build time (it
 * uses `astro:content`): each entry in the page's language when translated,
 * else the English original (see ./localized-content.ts). Posts leave drafts
 * and scheduled posts out of production builds; signs and stats come sorted and cross-checked;
 * campaigns come with the facts used to choose and group them.
 */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { site } from '@/config/site.ts';
import { defaultLocale, type Locale } from '@/i18n/index.ts';
import { byNewest } from './blog.ts';
import { buildDay, isPublished } from './publishing.ts';
import { localizedPaths, resolveLocalized, type Resolved } from './localized-content.ts';
import type { CampaignFacts } from './campaign-list.ts';
import { checkSignReferences, compareSigns, type SignGroup } from './signs.ts';
import { settledCache, type NowOrLater } from './now-or-later.ts';

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
  // Content cannot change during a production build, so the list is read once, not by every page
  // that shows posts (reading it resolves every post's image); `astro dev` reads it afresh each time.
  if (!import.meta.env.PROD) return readPublishedPosts();
  return (buildPosts ??= readPublishedPosts());
}
let buildPosts: Promise<Post[]> | undefined;
const readPublishedPosts = () =>
  getCollection('posts', ({ data }) => isPublished(data, import.meta.env.PROD, BUILD_DAY));

/**
 * The English original of an entry (ids are `<locale>/<slug>`, src/lib/entry-ids.ts), for the
 * translation notes: looked up once per build for all its translations' pages (each look-up
 * copies the entry's data), and handed out as itself once known (src/lib/now-or-later.ts);
 * `astro dev` looks it up afresh each time.
 */
export function englishOriginal(collection: CollectionKey, slug: string): NowOrLater<EnglishOriginal> {
  const id = `${defaultLocale}/${slug}`;
  if (!import.meta.env.PROD) return getEntry(collection, id);
  return originals(`${collection}/${id}`, () => getEntry(collection, id) as Promise<EnglishOriginal>);
}
type EnglishOriginal = CollectionEntry<CollectionKey> | undefined;
const originals = settledCache<EnglishOriginal>();

/** Every post for one page locale, newest first (by the date of the text shown). */
export function postsForLocale(posts: readonly Post[], locale: Locale): ResolvedPost[] {
  // Worked out once per list of posts and locale (the list is the same object for a whole build).
  let lists = localeLists.get(posts);
  if (!lists) localeLists.set(posts, (lists = new Map()));
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = resolveLocalized(posts, locale).sort((a, b) => byNewest(a.entry, b.entry))));
  return list;
}
const localeLists = new WeakMap<readonly Post[], Map<Locale, ResolvedPost[]>>();

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
  if (!guide)
    throw new Error(`content/guides/${defaultLocale}/${slug}.mdx is missing: the warning-signs guide needs it.`);
  return guide;
}

/** One statistics entry by file name, or a build error naming what is missing. */
export async function findStat(slug: string, locale: Locale): Promise<StatPage> {
  const stat = (await loadStats(locale)).find((s) => s.slug === slug);
  if (!stat) throw new Error(`No statistics entry "${slug}": expected content/stats/${defaultLocale}/${slug}.mdx.`);
  return stat;
}

export type Campaign = CollectionEntry<'campaigns'>;
export type ResolvedCampaign = Resolved<Campaign> & CampaignFacts;

const withFacts = (c: Resolved<Campaign>): ResolvedCampaign => ({
  ...c,
  region: c.entry.data.region,
  status: c.entry.data.status,
  featured: c.entry.data.featured,
  published: c.entry.data.published,
});

/** Every campaign for one page locale. */
export async function campaignsForLocale(locale: Locale): Promise<ResolvedCampaign[]> {
  return resolveLocalized(await getCollection('campaigns'), locale).map(withFacts);
}

/** Every campaign in every locale: one page each. */
export async function allCampaignPages(): Promise<ResolvedCampaign[]> {
  return localizedPaths(await getCollection('campaigns')).map(withFacts);
}

/** One campaign in one locale (for a post that names it), or undefined. */
export async function findCampaign(slug: string, locale: Locale): Promise<ResolvedCampaign | undefined> {
  return (await campaignsForLocale(locale)).find((c) => c.slug === slug);
}

/** One warning sign on a campaign's poster: the first sign of a warning-signs entry, in the page's language if translated. */
export interface PosterSign {
  slug: string;
  group: SignGroup;
  title: string;
  sign: string;
  /** The locale of the text shown. */
  contentLocale: Locale;
}

/** What a campaign's kit shows: its question, its poster signs and its share texts (with the locale of their text). */
export async function campaignKit(campaign: ResolvedCampaign) {
  const { locale, entry } = campaign;
  const signs = await loadSigns(locale);
  const posterSigns: PosterSign[] = entry.data.signs.map((slug) => {
    const sign = signs.find((s) => s.slug === slug);
    if (!sign)
      throw new Error(`content/campaigns/${entry.id}.mdx: signs names "${slug}", which is not in content/signs/.`);
    return {
      slug,
      group: sign.entry.data.group,
      title: sign.entry.data.title,
      sign: sign.entry.data.signs[0]!,
      contentLocale: sign.contentLocale,
    };
  });
  // Share texts come with the text of the campaign; a translation without them borrows the English ones.
  let share = { texts: entry.data.share ?? [], contentLocale: campaign.contentLocale };
  if (share.texts.length === 0) {
    const original = (await getCollection('campaigns')).find((c) => c.id === `${defaultLocale}/${campaign.slug}`);
    share = { texts: original?.data.share ?? [], contentLocale: defaultLocale };
  }
  return { question: entry.data.question ?? entry.data.title, posterSigns, share };
}
