/**
 * The language side of the site that needs no build tooling: the locales,
 * moving a path between languages, and date and number formatting. Every
 * route's address is built in src/lib/paths.ts; strings are looked up with
 * `Astro.locals.t` (or ./translate.ts in tests and scripts).
 */
import { defaultLocale, isLocale, localeInfo, locales, type Locale } from './locales.ts';
import { interpolate } from './translate.ts';

export { defaultLocale, isLocale, localeInfo, locales, type Locale };
export {
  interpolate,
  splitAround,
  translator,
  type Params,
  type Translate,
  type UIKey,
  type UIStrings,
} from './translate.ts';

/** Make sure a path starts and ends with a slash (file paths like `/rss.xml` keep their end). */
export function normalisePath(path: string): string {
  // Most paths (every page builds dozens) are already normal: return them without splitting.
  if (path.startsWith('/') && path.endsWith('/') && !path.includes('//')) return path;
  let p = path.startsWith('/') ? path : `/${path}`;
  const last = p.split('/').pop() ?? '';
  if (!p.endsWith('/') && !last.includes('.')) p += '/';
  return p.replace(/\/{2,}/g, '/');
}

/** Split a URL path into its locale and the locale-neutral rest. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const p = normalisePath(pathname);
  const end = p.indexOf('/', 1);
  const first = end === -1 ? p.slice(1) : p.slice(1, end);
  if (first && first !== defaultLocale && isLocale(first)) {
    return { locale: first, path: normalisePath(p.slice(first.length + 1) || '/') };
  }
  return { locale: defaultLocale, path: p };
}

export function localeFromPath(pathname: string): Locale {
  return splitLocalePath(pathname).locale;
}

/** The path of a locale-neutral route in a given locale: `/signs/` → `/es/signs/`. */
export function localizePath(path: string, locale: Locale): string {
  const neutral = splitLocalePath(path).path;
  return locale === defaultLocale ? neutral : normalisePath(`/${locale}${neutral}`);
}

/** The same page in every language, for the switcher and `hreflang` links. */
export function alternatePaths(pathname: string): { locale: Locale; path: string }[] {
  const { path } = splitLocalePath(pathname);
  return locales.map((locale) => ({ locale, path: localizePath(path, locale) }));
}

/** The `[...lang]` route parameter for a locale: undefined for the default (root) locale. */
export function langParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** Read the locale back from a `[...lang]` route parameter. */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return defaultLocale;
  if (!isLocale(param)) throw new Error(`Unknown locale "${param}"`);
  return param;
}

export function formatDate(date: Date, locale: Locale, style: 'long' | 'medium' = 'long'): string {
  // The same dates show on many pages (a post's on its page and on every list of posts): each is
  // written once per language and style.
  const texts = (formattedDates[style][locale] ??= new Map());
  const time = date.getTime();
  let text = texts.get(time);
  if (text === undefined) texts.set(time, (text = writeDate(date, locale, style)));
  return text;
}
const formattedDates: Record<'long' | 'medium', Partial<Record<Locale, Map<number, string>>>> = {
  long: {},
  medium: {},
};

function writeDate(date: Date, locale: Locale, style: 'long' | 'medium'): string {
  const own = localeInfo[locale].dates;
  if (own) {
    return interpolate(own.pattern, {
      day: formatNumber(date.getUTCDate(), locale),
      month: own.months[date.getUTCMonth()]!,
      year: formatNumber(date.getUTCFullYear(), locale, { useGrouping: false }),
    });
  }
  return formatter(
    `d|${locale}|${style}`,
    () => new Intl.DateTimeFormat(localeInfo[locale].intl, { dateStyle: style, timeZone: 'UTC' }),
  ).format(date);
}

export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return formatter(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(localeInfo[locale].intl, options),
  ).format(value);
}

/**
 * Creating an `Intl` formatter is far slower than using one (about 1 s of a
 * large build went on `new Intl.DateTimeFormat`), so each locale + options
 * pair is created once per build and reused.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = create()));
  return f;
}
