/** The languages the site is written in. English is the default and lives at the root. */
export const locales = ['en', 'es', 'hmn'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export interface LocaleInfo {
  /** Name of the language in that language, for the switcher. */
  label: string;
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  lang: string;
  /** Locale for Intl date and number formatting. */
  intl: string;
  /** Open Graph locale. */
  og: string;
  /**
   * For a language the ICU data in Node and browsers has no dates for (Intl
   * falls back to English month names): the month names, January first, and
   * the pattern `formatDate` fills with `{day}`, `{month}` and `{year}`.
   */
  dates?: { months: readonly string[]; pattern: string };
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { label: 'English', lang: 'en', intl: 'en-US', og: 'en_US' },
  es: { label: 'Español', lang: 'es', intl: 'es-US', og: 'es_US' },
  // Hmong (White Hmong, RPA). CLDR has no Hmong data, so numbers use the US
  // conventions (Latin digits, as in 1-888-373-7888) and dates spell the
  // month the way Hmong Americans write it: "26 Lub Kaum Ib Hlis 2026".
  hmn: {
    label: 'Hmoob',
    lang: 'hmn',
    intl: 'en-US',
    og: 'hmn_US',
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
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
