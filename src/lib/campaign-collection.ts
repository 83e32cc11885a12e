/**
 * The campaigns collection for one page locale (translation, else the English
 * original). Build-time only: it reads `astro:content`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/index.ts';
import { loadSigns } from './load-guide.ts';
import { signPath } from './signs.ts';
import { localizedPaths, resolveLocalized, type Resolved } from './localized-content.ts';
import type { CampaignFacts } from './campaign-list.ts';

export type Campaign = CollectionEntry<'campaigns'>;
export type ResolvedCampaign = Resolved<Campaign> & CampaignFacts;

const withFacts = (c: Resolved<Campaign>): ResolvedCampaign => ({
  ...c,
  region: c.entry.data.region,
  status: c.entry.data.status,
  featured: c.entry.data.featured,
  published: c.entry.data.published,
});

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
  title: string;
  sign: string;
  /** The locale of the text shown. */
  contentLocale: Locale;
  path: string;
}

/** What a campaign's kit shows: its poster signs and its share texts (with the locale of their text). */
export async function campaignKit(campaign: ResolvedCampaign) {
  const { locale, entry } = campaign;
  const signs = await loadSigns(locale);
  const posterSigns: PosterSign[] = entry.data.signs.map((slug) => {
    const sign = signs.find((s) => s.slug === slug);
    if (!sign) throw new Error(`content/campaigns/${entry.id}.mdx: signs names "${slug}", which is not in content/signs/.`);
    return {
      slug,
      title: sign.entry.data.title,
      sign: sign.entry.data.signs[0]!,
      contentLocale: sign.contentLocale,
      path: signPath(sign.entry.data.group, slug),
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
