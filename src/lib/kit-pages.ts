/**
 * What every page of a campaign's outreach kit needs: the campaign in the
 * page's locale, its help context and the public address its QR codes carry.
 */
import { site } from '../config/site.ts';
import { langParam } from '../i18n/index.ts';
import { allCampaignPages, campaignKit, type ResolvedCampaign } from './campaign-collection.ts';
import { campaignPublicUrl } from './campaign-paths.ts';

export async function kitStaticPaths() {
  return (await allCampaignPages()).map((campaign) => ({
    params: { lang: langParam(campaign.locale), slug: campaign.slug },
    props: { campaign },
  }));
}

export interface KitProps {
  campaign: ResolvedCampaign;
}

export async function loadKit(campaign: ResolvedCampaign, siteUrl = site.siteUrl) {
  const kit = await campaignKit(campaign);
  const url = campaignPublicUrl(campaign.slug, campaign.locale, siteUrl);
  return { ...kit, url, urlLabel: url.replace(/^https?:\/\//, '') };
}
