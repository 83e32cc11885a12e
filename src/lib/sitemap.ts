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

/** The canonical URL a built HTML page declares, if any. */
export function canonicalOf(html: string): string | undefined {
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (/\brel=["']?canonical["'\s>]/i.test(tag)) return /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
  }
  return undefined;
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
