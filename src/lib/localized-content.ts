/**
 * Content lives in one folder per locale (`content/<collection>/<locale>/<slug>.mdx`),
 * so an entry's id is `<locale>/<slug>`. These helpers pair entries across
 * locales and pick the English original when a translation is missing.
 */
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales.ts';

export interface EntryRef {
  id: string;
}

export function parseEntryId(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  if (!isLocale(first) || rest.length === 0) {
    throw new Error(
      `Content entry "${id}" must be inside a locale folder (${locales.join(', ')}), e.g. content/posts/${defaultLocale}/my-post.mdx`,
    );
  }
  return { locale: first, slug: rest.join('/') };
}

export interface Resolved<T> {
  slug: string;
  /** The locale of the page being built. */
  locale: Locale;
  /** The entry whose text is shown. */
  entry: T;
  /** The locale of that text: differs from `locale` when no translation exists. */
  contentLocale: Locale;
  translated: boolean;
  /** Locales in which this slug has its own entry. */
  translations: Locale[];
}

/**
 * For one page locale, every slug that exists in any locale, with the entry to
 * show: the translation if there is one, else the default-locale original,
 * else whichever locale has it.
 */
export function resolveLocalized<T extends EntryRef>(entries: readonly T[], locale: Locale): Resolved<T>[] {
  const bySlug = new Map<string, Map<Locale, T>>();
  for (const entry of entries) {
    const { locale: entryLocale, slug } = parseEntryId(entry.id);
    const versions = bySlug.get(slug) ?? new Map<Locale, T>();
    versions.set(entryLocale, entry);
    bySlug.set(slug, versions);
  }
  const resolved: Resolved<T>[] = [];
  for (const [slug, versions] of bySlug) {
    const contentLocale: Locale = versions.has(locale)
      ? locale
      : versions.has(defaultLocale)
        ? defaultLocale
        : locales.find((l) => versions.has(l))!;
    resolved.push({
      slug,
      locale,
      entry: versions.get(contentLocale)!,
      contentLocale,
      translated: contentLocale === locale,
      translations: locales.filter((l) => versions.has(l)),
    });
  }
  return resolved.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Every page to build: each slug in each locale. */
export function localizedPaths<T extends EntryRef>(entries: readonly T[]): Resolved<T>[] {
  return locales.flatMap((locale) => resolveLocalized(entries, locale));
}
