/**
 * The languages the site is written in. Adding a language is one entry here,
 * one strings file `src/i18n/ui/<code>.ts`, and content folders
 * `content/<collection>/<code>/` (see src/i18n/README.md). Nothing else names
 * a language: routes, the 404 pages, the sitemap, feeds and search all read
 * this list.
 */
export interface LocaleEntry {
  /**
   * BCP 47 language code, any length (`es`, `hmn`, `pa`): the address prefix (`/es/`), the content
   * folder, the strings file name, and `<html lang>`/`hreflang`.
   */
  code: string;
  /** The language's name in English, for staff and tools. */
  name: string;
  /** The language's name in that language, for the language switcher. */
  ownName: string;
  /** Locale for `Intl` date and number formatting, e.g. `es-US`. */
  intl: string;
  /** Text direction, written on `<html dir>`. */
  dir: 'ltr' | 'rtl';
  /**
   * Only for a language whose dates the ICU data in Node and browsers does not know (`Intl` would
   * write English month names): the month names, January first, and the pattern `formatDate` fills
   * with `{day}`, `{month}` and `{year}`. `intl` then only formats the digits.
   */
  dates?: LocaleDates;
  /**
   * Only for a language written without spaces between words: its script (ISO 15924, e.g. `Khmr`).
   * Search then splits the text and the typed words into words itself (src/lib/words.ts), because
   * Pagefind splits words at spaces only.
   */
  unspacedScript?: string;
  /**
   * Only for a language whose large numbers the ICU data does not know (`Intl` would write the English
   * "21 million"): its word for a million, written after the figure in headlines and charts ("21 lab").
   */
  million?: string;
}

export interface LocaleDates {
  months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  pattern: string;
}

export const localeList = [
  { code: 'en', name: 'English', ownName: 'English', intl: 'en-US', dir: 'ltr' },
  { code: 'es', name: 'Spanish', ownName: 'Español', intl: 'es-US', dir: 'ltr' },
  {
    // White Hmong in the Romanized Popular Alphabet. CLDR has no Hmong data: numbers use the US
    // conventions (the English digits, as in 1-888-373-7888), with "lab" for a million ("27.6 lab", as
    // the Hmong statistics pages write it); dates spell the month the way Hmong Americans write it,
    // "26 Lub Kaum Ib Hlis 2026" (hlis after ib/ob/peb/plaub/tsib, hli after the others).
    code: 'hmn',
    name: 'Hmong',
    ownName: 'Hmoob',
    intl: 'en-US',
    dir: 'ltr',
    million: 'lab',
    dates: {
      months: [
        'Lub Ib Hlis',
        'Lub Ob Hlis',
        'Lub Peb Hlis',
        'Lub Plaub Hlis',
        'Lub Tsib Hlis',
        'Lub Rau Hli',
        'Lub Xya Hli',
        'Lub Yim Hli',
        'Lub Cuaj Hli',
        'Lub Kaum Hli',
        'Lub Kaum Ib Hlis',
        'Lub Kaum Ob Hlis',
      ],
      pattern: '{day} {month} {year}',
    },
  },
  // Khmer puts spaces between phrases, not words.
  { code: 'km', name: 'Khmer', ownName: 'ខ្មែរ', intl: 'km-KH', dir: 'ltr', unspacedScript: 'Khmr' },
  // Punjabi in Gurmukhi. CLDR's `pa-IN` writes Gurmukhi month names with the Latin digits the English uses
  // (tests/unit/i18n.test.ts checks that no Gurmukhi digit appears in dates or figures).
  { code: 'pa', name: 'Punjabi', ownName: 'ਪੰਜਾਬੀ', intl: 'pa-IN', dir: 'ltr' },
] as const satisfies readonly LocaleEntry[];

export type Locale = (typeof localeList)[number]['code'];

/** The language served at the root (no address prefix), and the original every translation is made from. */
export const defaultLocale: Locale = 'en';

export const locales: readonly Locale[] = localeList.map((entry) => entry.code);

export interface LocaleInfo {
  /** The language's name in English. */
  name: string;
  /** Name of the language in that language, for the switcher. */
  label: string;
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  lang: string;
  /** Locale for Intl date and number formatting. */
  intl: string;
  /** Open Graph locale (`es_US`, `hmn_US`): the language code and the region of `intl`. */
  og: string;
  dir: 'ltr' | 'rtl';
  dates?: LocaleDates;
  unspacedScript?: string;
  million?: string;
}

/** `hmn` with `intl: 'en-US'` is `hmn_US`, not `en_US`: the page is in Hmong. */
function openGraphLocale(entry: LocaleEntry): string {
  const region = new Intl.Locale(entry.intl).region;
  return region ? `${entry.code}_${region}` : entry.code;
}

export const localeInfo = Object.fromEntries(
  localeList.map((entry: LocaleEntry) => [
    entry.code,
    {
      name: entry.name,
      label: entry.ownName,
      lang: entry.code,
      intl: entry.intl,
      og: openGraphLocale(entry),
      dir: entry.dir,
      ...(entry.dates ? { dates: entry.dates } : {}),
      ...(entry.unspacedScript ? { unspacedScript: entry.unspacedScript } : {}),
      ...(entry.million ? { million: entry.million } : {}),
    },
  ]),
) as Record<Locale, LocaleInfo>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
