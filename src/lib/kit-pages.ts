/**
 * What every page of a campaign's outreach kit needs: the campaign in the
 * page's locale, the public address its QR codes and share texts carry, its
 * poster signs and share texts. Build-time only (it reads the collections).
 */
import { site } from '@/config/site.ts';
import { langParam } from '@/i18n/index.ts';
import { allCampaignPages, campaignKit, type ResolvedCampaign } from './collections.ts';
import { absoluteUrl, campaignPath } from './paths.ts';

/** One page per campaign and language, with the campaign and its kit. */
export async function kitStaticPaths() {
  return Promise.all(
    (await allCampaignPages()).map(async (campaign) => ({
      params: { lang: langParam(campaign.locale), slug: campaign.slug },
      props: { campaign, kit: await loadKit(campaign) },
    })),
  );
}

export interface KitProps {
  campaign: ResolvedCampaign;
  kit: Kit;
}

export type Kit = Awaited<ReturnType<typeof loadKit>>;

/** The campaign page's public address in the page's language, from SITE_URL: what QR codes and share texts carry. */
export function campaignPublicUrl(campaign: Pick<ResolvedCampaign, 'slug' | 'locale'>, siteUrl = site.siteUrl): string {
  return absoluteUrl(campaignPath(campaign.slug, campaign.locale), siteUrl);
}

export async function loadKit(campaign: ResolvedCampaign) {
  const url = campaignPublicUrl(campaign);
  return { ...(await campaignKit(campaign)), url, urlLabel: url.replace(/^https?:\/\//, '') };
}
