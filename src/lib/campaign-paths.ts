/**
 * Addresses of a campaign's pages, locale-neutral (pass them through
 * `localizePath`), and the public URL a printed QR code points at.
 */
import { localizePath, type Locale } from '../i18n/index.ts';

export const campaignsIndexPath = () => '/campaigns/';
export const campaignPath = (slug: string) => `/campaigns/${slug}/`;
export const kitPath = (slug: string) => `/campaigns/${slug}/kit/`;
export const posterPath = (slug: string) => `/campaigns/${slug}/kit/poster/`;
export const cardPath = (slug: string) => `/campaigns/${slug}/kit/card/`;
/** The link-preview image: the campaign's picture with its title, drawn at build time. */
export const ogImagePath = (slug: string) => `/campaigns/${slug}/og.jpg`;

/** The campaign page's public address in a language, from the site URL (SITE_URL): what QR codes and share texts carry. */
export function campaignPublicUrl(slug: string, locale: Locale, siteUrl: string): string {
  return new URL(localizePath(campaignPath(slug), locale), siteUrl).href;
}
