/** The languages the site is written in. English is the default and lives at the root. */
export const locales = ['en', 'es', 'pa'] as const;
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
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { label: 'English', lang: 'en', intl: 'en-US', og: 'en_US' },
  es: { label: 'Español', lang: 'es', intl: 'es-US', og: 'es_US' },
  // Punjabi in Gurmukhi. CLDR's `pa` formats Gurmukhi month names with Latin digits (as the English has them);
  // `-u-nu-latn` keeps it so if a future CLDR switches the default to Gurmukhi digits.
  pa: { label: 'ਪੰਜਾਬੀ', lang: 'pa', intl: 'pa-IN-u-nu-latn', og: 'pa_IN' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
