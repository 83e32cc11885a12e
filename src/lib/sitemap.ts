/**
 * Which built pages the sitemap lists: every real page in every language,
 * not the "page not found" pages and not redirect pages.
 */
import { normalisePath } from '../i18n/index.ts';

export function sitemapFilter(redirects: Record<string, string>) {
  const redirected = new Set(Object.keys(redirects).map((p) => normalisePath(p)));
  return (page: string): boolean => {
    const path = normalisePath(new URL(page).pathname);
    if (/(^|\/)404(\.html)?\/?$/.test(path)) return false;
    return !redirected.has(path);
  };
}

/** `robots.txt`: allow everything and point crawlers at the sitemap index on the configured site. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', siteUrl).href}\n`;
}
