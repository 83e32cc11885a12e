/**
 * Loads the warning-signs and statistics collections for one page locale
 * (translation if there is one, else the English original). Build-time only:
 * it reads `astro:content`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';
import { resolveLocalized, type Resolved } from './localized-content.ts';
import { checkSignReferences, compareSigns } from './signs.ts';

export type SignPage = Resolved<CollectionEntry<'signs'>>;
export type StatPage = Resolved<CollectionEntry<'stats'>>;

export async function loadStats(locale: Locale): Promise<StatPage[]> {
  const stats = resolveLocalized(await getCollection('stats'), locale);
  return stats.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

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
  if (!guide) throw new Error(`content/guides/en/${slug}.mdx is missing: the warning-signs guide needs it.`);
  return guide;
}

/** One statistics entry by file name, or a build error naming what is missing. */
export async function findStat(slug: string, locale: Locale): Promise<StatPage> {
  const stat = (await loadStats(locale)).find((s) => s.slug === slug);
  if (!stat) throw new Error(`No statistics entry "${slug}": expected content/stats/en/${slug}.mdx.`);
  return stat;
}
