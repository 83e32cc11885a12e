/**
 * The one source of truth for facts that appear on many pages: who we are,
 * where the site lives, the hotline, the donation page and the app stores.
 * Every page and component reads these values from here; never type a phone
 * number or a support URL anywhere else.
 *
 * Sources for the help lines: ../shared/FACTS.md (seed page and
 * humantraffickinghotline.org).
 */

export interface PhoneLine {
  /** How the number is shown to people. */
  display: string;
  /** The `tel:` URI, in E.164 form. */
  href: `tel:${string}`;
}

export interface TextLine {
  /** The keyword to send. */
  keyword: string;
  /** The short code to send it to. */
  shortCode: string;
  /** The `sms:` URI with the keyword pre-filled. */
  href: `sms:${string}`;
}

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
  hotline: {
    name: string;
    call: PhoneLine;
    text: TextLine;
    url: string;
    /** Facts about the line, each sourced in FACTS.md. */
    hours: '24/7';
  };
  emergency: PhoneLine;
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
  hotline: {
    name: 'National Human Trafficking Hotline',
    call: { display: '1-888-373-7888', href: 'tel:+18883737888' },
    text: { keyword: 'HELP', shortCode: '233733', href: 'sms:233733?&body=HELP' },
    url: 'https://humantraffickinghotline.org/',
    hours: '24/7',
  },
  emergency: { display: '911', href: 'tel:911' },
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

/**
 * UK numbers, shown only in posts about STOP THE TRAFFIK's UK work (readers in
 * the US use `site.hotline`). Sources: ../shared/FACTS.md.
 */
export interface UkHelplines {
  /** The number STOP THE TRAFFIK's 2018 food-industry post asked people to call (seed page). */
  foodIndustry2018: PhoneLine;
  /** The UK Modern Slavery & Exploitation Helpline, run by the charity Unseen. */
  modernSlavery: PhoneLine & { name: string; operator: string; url: string; hours: '24/7' };
  /** Immediate danger in the UK. */
  emergency: PhoneLine;
}

export const ukHelplines: UkHelplines = {
  foodIndustry2018: { display: '0800 432 0804', href: 'tel:+448004320804' },
  modernSlavery: {
    name: 'Modern Slavery & Exploitation Helpline',
    operator: 'Unseen',
    display: '08000 121 700',
    href: 'tel:+448000121700',
    url: 'https://www.modernslaveryhelpline.org/',
    hours: '24/7',
  },
  emergency: { display: '999', href: 'tel:999' },
};
