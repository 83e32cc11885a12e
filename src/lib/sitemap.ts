/**
 * Which built pages the sitemap lists: every page that is its own canonical
 * version, in every language; not the "page not found" pages, not redirect
 * pages, not the web editor at /admin/, and not a language's stand-in for a text not yet translated (its
 * canonical link names the original, which is listed instead).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { normalisePath } from '@/i18n/index.ts';
import { isAdminPath, readBuiltPage } from './built-pages.ts';

/**
 * The first `<link …>` tag whose text has `rel=canonical` (any case, quoted or not): what testing
 * every /<link\b[^>]*>/gi tag with /\brel=["']?canonical["'\s>]/i finds, found by one search that
 * stops there (in the page's head) instead of cutting out every link tag of the page.
 */
const CANONICAL_LINK = /<link\b[^>]*\brel=["']?canonical(?:["'\s][^>]*)?>/i;

/** The canonical URL a built HTML page declares, if any. */
export function canonicalOf(html: string): string | undefined {
  const tag = CANONICAL_LINK.exec(html)?.[0];
  return tag === undefined ? undefined : /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
}

export interface SitemapFilterOptions {
  /** Paths that only redirect: `{ '/old/': '/new/' }`. */
  redirects: Record<string, string>;
  /** The build output, to read each page's canonical link (sitemap filters run after the build). */
  outDir?: string;
}

export function sitemapFilter({ redirects, outDir }: SitemapFilterOptions) {
  const redirected = new Set(Object.keys(redirects).map((p) => normalisePath(p)));
  return (page: string): boolean => {
    const path = normalisePath(new URL(page).pathname);
    if (/(^|\/)404(\.html)?\/?$/.test(path)) return false;
    // The web editor is no page for readers (src/integrations/admin.ts).
    if (isAdminPath(path)) return false;
    if (redirected.has(path)) return false;
    if (outDir) {
      const file = join(outDir, path, 'index.html');
      if (existsSync(file)) {
        const canonical = canonicalOf(readBuiltPage(file));
        if (canonical && normalisePath(new URL(canonical, page).pathname) !== path) return false;
      }
    }
    return true;
  };
}

/** `robots.txt`: allow everything and point crawlers at the sitemap index on the configured site. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', siteUrl).href}\n`;
}
