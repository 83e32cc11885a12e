/**
 * Choosing and ordering campaigns, with no page naming one by its file name:
 * the featured campaign (the home page's button, the 404 page), and the
 * campaigns index grouped by help-line region. Pure functions, unit-tested.
 */
import { helpRegionIds, type HelpRegionId } from '@/config/help-lines.ts';
import type { CampaignStatus } from './schemas.ts';

/** The fields these helpers read from a campaign's frontmatter. */
export interface CampaignFacts {
  slug: string;
  region: HelpRegionId;
  status: CampaignStatus;
  featured: boolean;
  published: Date;
}

/** Active before past, then newest first, then by file name (so the order never depends on the file system). */
export function compareCampaigns(a: CampaignFacts, b: CampaignFacts): number {
  if (a.status !== b.status) return a.status === 'active' ? -1 : 1;
  return b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * The campaign to put first: an active one marked `featured`, else the newest
 * active one, else the newest of all; undefined only when there is none.
 */
export function featuredCampaign<T extends CampaignFacts>(campaigns: readonly T[]): T | undefined {
  const sorted = [...campaigns].sort(compareCampaigns);
  return sorted.find((c) => c.status === 'active' && c.featured) ?? sorted[0];
}

/** Campaigns by help-line region, in the order of `helpRegionIds`; regions without a campaign are left out. */
export function campaignsByRegion<T extends CampaignFacts>(
  campaigns: readonly T[],
): { region: HelpRegionId; campaigns: T[] }[] {
  return helpRegionIds
    .map((region) => ({ region, campaigns: campaigns.filter((c) => c.region === region).sort(compareCampaigns) }))
    .filter((group) => group.campaigns.length > 0);
}
