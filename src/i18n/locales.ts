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
}

export const localeList = [
  { code: 'en', name: 'English', ownName: 'English', intl: 'en-US', dir: 'ltr' },
  { code: 'es', name: 'Spanish', ownName: 'Español', intl: 'es-US', dir: 'ltr' },
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
  /** Open Graph locale (`es_US`), derived from `intl`. */
  og: string;
  dir: 'ltr' | 'rtl';
}

export const localeInfo = Object.fromEntries(
  localeList.map((entry: LocaleEntry) => [
    entry.code,
    { name: entry.name, label: entry.ownName, lang: entry.code, intl: entry.intl, og: entry.intl.replace('-', '_'), dir: entry.dir },
  ]),
) as Record<Locale, LocaleInfo>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
