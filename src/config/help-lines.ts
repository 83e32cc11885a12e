/**
 * Help lines, by help-line region: the one place phone numbers are written.
 * A campaign names its region (`region: uk` in its frontmatter) and every page
 * that shows the campaign's content (the campaign page, its posts, its kit and
 * the header and footer of those pages) shows that region's lines. Pages that
 * belong to no campaign show `defaultRegion`'s.
 *
 * Sources: ../shared/FACTS.md (seed page, humantraffickinghotline.org,
 * modernslaveryhelpline.org, unseenuk.org).
 */
import type { UIKey } from '@/i18n/ui/en.ts';

export interface PhoneLine {
  /** How the number is shown to people. */
  display: string;
  /** The `tel:` URI, in E.164 form (or the short emergency number). */
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

export interface Helpline {
  /** The line's own name (a proper name: shown untranslated where no translation is set in the UI strings). */
  name: string;
  /** Who runs it, when the sources say. */
  operator?: string;
  call: PhoneLine;
  /** Only lines that really take texts have one. */
  text?: TextLine;
  url: string;
  /** Phone calls are answered 24 hours a day (FACTS.md). */
  hours: '24/7';
  /** Telecommunications Relay Services, where deaf and hard-of-hearing callers reach the line through it (FACTS.md). */
  relay?: PhoneLine;
}

export interface HelpRegion {
  /** The line to report trafficking to. */
  helpline: Helpline;
  /** UI string (src/i18n/ui/) saying when and how the line answers; may use {name} and {operator}. */
  about: UIKey;
  /** Immediate danger. */
  emergency: PhoneLine;
}

/** The help-line regions a campaign may name. Add a region here (and its label under `region.<id>` in src/i18n/ui/). */
export const helpRegionIds = ['us', 'uk'] as const;
export type HelpRegionId = (typeof helpRegionIds)[number];

export const helpRegions = {
  us: {
    helpline: {
      name: 'National Human Trafficking Hotline',
      operator: 'Polaris',
      call: { display: '1-888-373-7888', href: 'tel:+18883737888' },
      text: { keyword: 'HELP', shortCode: '233733', href: 'sms:233733?&body=HELP' },
      url: 'https://humantraffickinghotline.org/',
      hours: '24/7',
      relay: { display: '711', href: 'tel:711' },
    },
    about: 'hotline.available',
    emergency: { display: '911', href: 'tel:911' },
  },
  uk: {
    helpline: {
      name: 'Modern Slavery & Exploitation Helpline',
      operator: 'Unseen',
      call: { display: '08000 121 700', href: 'tel:+448000121700' },
      url: 'https://www.modernslaveryhelpline.org/',
      hours: '24/7',
    },
    about: 'ukHelpline.body',
    emergency: { display: '999', href: 'tel:999' },
  },
} as const satisfies Record<HelpRegionId, HelpRegion>;

/** The region of pages that belong to no campaign. */
export const defaultHelpRegion: HelpRegionId = 'us';

export function isHelpRegionId(value: unknown): value is HelpRegionId {
  return typeof value === 'string' && (helpRegionIds as readonly string[]).includes(value);
}

export function helpRegion(id: HelpRegionId = defaultHelpRegion): HelpRegion {
  return helpRegions[id];
}

/**
 * Numbers quoted from past posts: shown as text, as the number that post gave,
 * never as a line to call today.
 */
export const quotedNumbers = {
  /** The UK number STOP THE TRAFFIK's 2018 food-industry post asked people to call (seed page). */
  foodIndustry2018: { display: '0800 432 0804' },
} as const;
