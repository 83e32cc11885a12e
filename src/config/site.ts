/**
 * The one source of truth for facts that appear on many pages: who we are,
 * where the site lives, the default hotline, the donation page and the app
 * stores. Every page and component reads these values from here or from
 * ./help-lines.ts (every phone number, by help-line region); never type a
 * phone number or a support URL anywhere else.
 */

import { helpRegions, type Helpline, type PhoneLine, type TextLine } from './help-lines.ts';

export type { PhoneLine, TextLine } from './help-lines.ts';

export interface SiteConfig {
  organisation: {
    name: string;
    url: string;
  };
  /**
   * Absolute origin the site is deployed at, from the SITE_URL environment variable (a build
   * without it stops, see src/integrations/build-environment.ts); LOCAL_SITE_URL while previewing.
   */
  siteUrl: string;
  /** The default region's hotline (src/config/help-lines.ts): the help line of pages that belong to no campaign. */
  hotline: Helpline & { text: TextLine };
  emergency: PhoneLine;
  /** The donation page; a campaign may name another one (`donateUrl` in its frontmatter). */
  donateUrl: string;
  stopApp: {
    name: string;
    appStoreUrl: string;
    googlePlayUrl: string;
  };
  /** Where the quick-exit button sends people: a neutral, everyday site. */
  quickExitUrl: string;
  /**
   * The time zone whose calendar decides when a scheduled post goes live: a post dated
   * 2026-12-01 is published by the first build on or after 1 December there.
   */
  publishingTimeZone: string;
}

/** Where `npm start` and `npm run dev` serve the site; builds for deployment set SITE_URL to the public origin. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

/** Read the site's origin from SITE_URL (no trailing slash); the local address when it is not set. */
export function resolveSiteUrl(value: string | undefined): string {
  const raw = (value ?? '').trim() || LOCAL_SITE_URL;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, got "${raw}"`);
  }
  return url.origin;
}

export const site: SiteConfig = {
  organisation: {
    name: 'STOP THE TRAFFIK',
    url: 'https://www.stopthetraffik.org/',
  },
  siteUrl: resolveSiteUrl(typeof process !== 'undefined' ? process.env.SITE_URL : undefined),
  // The site's default help-line region is the US (src/config/help-lines.ts): written there once.
  hotline: helpRegions.us.helpline,
  emergency: helpRegions.us.emergency,
  donateUrl: 'https://www.stopthetraffik.org/donate/',
  stopApp: {
    name: 'STOP APP',
    // Store searches for the app by name: they always lead to the current listing.
    appStoreUrl: 'https://apps.apple.com/us/search?term=STOP%20APP%20STOP%20THE%20TRAFFIK',
    googlePlayUrl: 'https://play.google.com/store/search?q=STOP%20APP%20STOP%20THE%20TRAFFIK&c=apps',
  },
  quickExitUrl: 'https://www.weather.gov/',
  // The campaign's readers are in Stockton, California.
  publishingTimeZone: 'America/Los_Angeles',
};
