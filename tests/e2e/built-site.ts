import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPagesSync } from '../../src/lib/dist-files.ts';

/** Where `npm run build` writes the site the browser tests serve. */
export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** Every HTML page Astro built, as a URL path ending in `/` (the 404 pages, `*.html`, are left out). */
export function builtPages(): string[] {
  return builtPagesSync(DIST)
    .map((p) => p.path)
    .filter((p) => p.endsWith('/'));
}

/** The built HTML of a page path such as `/es/support/`. */
export function builtHtml(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

export interface SitemapEntry {
  loc: string;
  /** hreflang → URL, from the `xhtml:link` alternates. */
  alternates: Record<string, string>;
}

/** The sitemap as built, parsed. */
export function readSitemap(): SitemapEntry[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => {
    const body = m[1]!;
    const loc = /<loc>([^<]+)<\/loc>/.exec(body)![1]!;
    const alternates = Object.fromEntries(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [a[1]!, a[2]!]),
    );
    return { loc, alternates };
  });
}
