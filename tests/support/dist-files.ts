/**
 * Reading the built site in `dist/` the way a static host serves it. The list
 * of built pages itself comes from src/lib/built-pages.ts (one way, shared
 * with the build step that writes the security headers).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publicPages } from '@/lib/built-pages.ts';

/** The built site the tests and benchmarks read (override with DIST_DIR). */
export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/**
 * Every public page Astro built as a directory index, as a URL path ending in `/` (the `*.html` 404
 * pages are left out, and so is the web editor at /admin/: tests/e2e/admin.spec.ts checks it).
 */
export function builtPagePaths(dist = DIST): string[] {
  return publicPages(dist)
    .map((p) => p.path)
    .filter((p) => p.endsWith('/'));
}

/** A made-up top level of `dist/` as `headerRules` (src/lib/csp.ts) reads it: names ending in `/` are folders. */
export const topLevelOf = (...names: string[]) =>
  names.map((name) => ({ name: name.replace(/\/$/, ''), directory: name.endsWith('/') }));

/** The file a static host would serve for a URL path, or null when there is none. */
export function fileForPath(dist: string, pathname: string): string | null {
  const clean = decodeURIComponent(pathname);
  const direct = join(dist, clean);
  if (clean.endsWith('/')) {
    const index = join(direct, 'index.html');
    return existsSync(index) ? index : null;
  }
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  return null;
}

/** The built HTML of a page path such as `/es/support/`. */
export function builtHtml(path: string, dist = DIST): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

export interface SitemapEntry {
  loc: string;
  /** hreflang → URL, from the `xhtml:link` alternates. */
  alternates: Record<string, string>;
}

/** The sitemap as built, parsed. */
export function readSitemap(dist = DIST): SitemapEntry[] {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => {
    const body = m[1]!;
    const loc = /<loc>([^<]+)<\/loc>/.exec(body)![1]!;
    const alternates = Object.fromEntries(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [
        a[1]!,
        a[2]!,
      ]),
    );
    return { loc, alternates };
  });
}
