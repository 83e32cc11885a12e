/**
 * Every address on the site is built here, in the language asked for
 * (AstroPaper's getPath idea): pages, components, feeds, the sitemap filter
 * and tests call these functions and never put route strings together
 * themselves. Each route file under src/pages/[...lang]/ has its builder here;
 * a new page type adds one.
 */
import { langParam, localizePath, locales, normalisePath, type Locale } from '@/i18n/index.ts';
import type { SignGroup } from './signs.ts';

/** The address segment of each warning-signs group: `/signs/kinds/labour/`, `/signs/settings/farms/`. */
export const signGroupSegments: Record<SignGroup, string> = {
  general: 'general',
  kind: 'kinds',
  setting: 'settings',
};

export const homePath = (locale: Locale) => localizePath('/', locale);

/** Every campaign, grouped by help-line region. */
export const campaignsPath = (locale: Locale) => localizePath('/campaigns/', locale);

export const campaignPath = (slug: string, locale: Locale) => localizePath(`/campaigns/${slug}/`, locale);

/** A campaign's outreach kit, its printable poster and its sheet of wallet cards. */
export const kitPath = (slug: string, locale: Locale) => localizePath(`/campaigns/${slug}/kit/`, locale);
export const posterPath = (slug: string, locale: Locale) => localizePath(`/campaigns/${slug}/kit/poster/`, locale);
export const walletCardsPath = (slug: string, locale: Locale) => localizePath(`/campaigns/${slug}/kit/card/`, locale);

/** A campaign's link-preview image: its picture with its title, drawn at build time. */
export const campaignImagePath = (slug: string, locale: Locale) => localizePath(`/campaigns/${slug}/og.jpg`, locale);

/** Page `page` of a post list, below the list's own address: nothing for page 1, `page/2/` for page 2, … */
const listPage = (page: number) => (page <= 1 ? '' : `page/${page}/`);

/** The `[...page]` parameter of a post-list route: undefined for page 1, `page/2` for page 2, … */
export const listPageParam = (page: number) => listPage(page).slice(0, -1) || undefined;

/** The blog index; page 1 is `/blog/`, later pages `/blog/page/2/`, … */
export const blogPath = (locale: Locale, page = 1) => localizePath(`/blog/${listPage(page)}`, locale);

export const postPath = (slug: string, locale: Locale) => localizePath(`/blog/${slug}/`, locale);

/** A tag's posts; page 1 is `/blog/tags/<tag>/`, later pages `/blog/tags/<tag>/page/2/`, … */
export const tagPath = (tag: string, locale: Locale, page = 1) =>
  localizePath(`/blog/tags/${tag}/${listPage(page)}`, locale);

export const rssPath = (locale: Locale) => localizePath('/rss.xml', locale);

export const signsPath = (locale: Locale) => localizePath('/signs/', locale);

export const signPath = (group: SignGroup, slug: string, locale: Locale) =>
  localizePath(`/signs/${signGroupSegments[group]}/${slug}/`, locale);

/** The printable warning-signs card. */
export const signCardPath = (locale: Locale) => localizePath('/signs/print/', locale);

export const statsPath = (locale: Locale) => localizePath('/stats/', locale);

export const statPath = (slug: string, locale: Locale) => localizePath(`/stats/${slug}/`, locale);

export const searchPath = (locale: Locale) => localizePath('/search/', locale);

/** "Help in your language": the hotline message in many languages. */
export const languagesPath = (locale: Locale) => localizePath('/languages/', locale);

/** A stand-alone page from `content/pages/<locale>/<slug>.mdx`, e.g. `get-help`. */
export const pagePath = (slug: string, locale: Locale) => localizePath(`/${slug}/`, locale);

/** The "page not found" file a static host serves for a language's missing addresses. */
export const notFoundPath = (locale: Locale) => localizePath('/404.html', locale);

/** `getStaticPaths` for a route under `[...lang]` built once per language (the page reads `Astro.locals.locale`). */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { lang: langParam(locale) } }));
}

/**
 * `getStaticPaths` for a route with one page per entry and language (from `localizedPaths`): the
 * language, the route's own segments (by default `slug`), and the entry as the `page` prop.
 */
export function entryStaticPaths<P extends { locale: Locale; slug: string }>(
  pages: readonly P[],
  segments: (page: P) => Record<string, string> = (page) => ({ slug: page.slug }),
) {
  return pages.map((page) => ({ params: { lang: langParam(page.locale), ...segments(page) }, props: { page } }));
}

/** An address as a full URL on the site's origin (canonical links, feeds, sitemaps, share links). */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;

/**
 * First address segments that belong to a route of their own (or to a
 * language), so `content/pages/` may not use them as file names: a page named
 * `search` would silently lose to the search page.
 */
export const reservedPageSlugs: readonly string[] = [
  'blog',
  'campaigns',
  'signs',
  'stats',
  'search',
  'languages',
  'rss.xml',
  'robots.txt',
  '404',
  'pagefind',
  '_astro',
  ...locales,
];

/** Stops the build when a `content/pages/` file would be shadowed by a route, naming the file. */
export function checkPageSlug(slug: string, file: string): void {
  if (reservedPageSlugs.includes(slug)) {
    throw new Error(
      `${file}: "${slug}" is the address of another part of the site (${normalisePath(`/${slug}/`)}), so this page could never be seen. Rename the file. Reserved names: ${reservedPageSlugs.join(', ')}.`,
    );
  }
}
