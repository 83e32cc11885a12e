import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Where `npm run build` writes the site the browser tests serve. */
export const DIST = 'dist';

/** Every HTML page Astro built, as a URL path ending in `/` (not the 404 pages, not Pagefind's files). */
export function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith(`${sep}index.html`))
    .map((f) => `/${f.split(sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => !p.startsWith('/pagefind/') && !/\/404\/$/.test(p))
    .sort();
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
