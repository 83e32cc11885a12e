/**
 * `/campaigns/<slug>/og.jpg` (and `/<locale>/campaigns/<slug>/og.jpg`): the
 * campaign's link-preview image, its picture with its title in the language
 * of the page, written at build time.
 */
import type { APIRoute } from 'astro';
import { cacheDir } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { langParam, localeInfo } from '@/i18n/index.ts';
import { allCampaignPages, type ResolvedCampaign } from '@/lib/collections.ts';
import { campaignOgImage } from '@/lib/og-image.ts';
import { heroOf } from '@/lib/pictures.ts';
import { site } from '@/config/site.ts';

export async function getStaticPaths() {
  return (await allCampaignPages()).map((campaign) => ({
    params: { lang: langParam(campaign.locale), slug: campaign.slug },
    props: { campaign },
  }));
}

/** Drawn images are kept between builds where Astro keeps the images it optimises. */
const ogCacheDir = fileURLToPath(new URL('assets/', cacheDir));

export const GET: APIRoute<{ campaign: ResolvedCampaign }> = async ({ props }) => {
  const { entry, contentLocale } = props.campaign;
  // Astro keeps the picture's file path on the image it imported (src/lib/pictures.ts).
  const picture = (heroOf(entry).image as { fsPath?: string }).fsPath;
  if (!picture)
    throw new Error(`content/campaigns/${entry.id}.mdx: cannot find the file of hero.image to draw the preview image.`);
  const image = await campaignOgImage(
    {
      picture,
      title: entry.data.title,
      kicker: site.organisation.name,
      lang: localeInfo[contentLocale].lang,
    },
    { cacheDir: ogCacheDir },
  );
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/jpeg' } });
};
