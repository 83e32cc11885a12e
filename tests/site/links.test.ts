/**
 * Gate: every internal link, asset, canonical and hreflang target in the
 * built site resolves to a file, and every #fragment to an id on its page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { builtPages, publicPages } from '@/lib/built-pages.ts';
import { site } from '@/config/site.ts';
import { DIST, fileForPath } from '../support/dist-files.ts';
import { internalPath, pageIds, pageLinks } from '../support/html-links.ts';

test('every internal link and asset in dist/ resolves', async () => {
  const pages = builtPages(DIST);
  assert.ok(pages.length > 0, 'no built pages: run npm run build first');
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    if (!ids.has(file)) ids.set(file, pageIds(await readFile(file, 'utf8')));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = await readFile(page.file, 'utf8');
    for (const link of pageLinks(html)) {
      const url = internalPath(link.url, page.path, site.siteUrl);
      if (!url) continue;
      checked++;
      const target = fileForPath(DIST, url.pathname);
      if (!target) {
        const hint = url.pathname.endsWith('/') || url.pathname.includes('.') ? '' : ' (missing trailing slash?)';
        broken.push(`${page.path}: ${link.from} ${link.url}${hint}`);
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!(await idsOf(target)).has(id))
          broken.push(`${page.path}: ${link.from} ${link.url} (no element with id "${id}")`);
      }
    }
  }
  assert.ok(checked > pages.length, `only ${checked} links checked`);
  assert.deepEqual(broken, [], `${broken.length} broken internal links`);
});

test('every page has a canonical link, and hreflang alternates point at pages in the right language', async () => {
  const problems: string[] = [];
  // Public pages only: the web editor at /admin/ is not for search engines (noindex, no canonical).
  for (const page of publicPages(DIST)) {
    const html = await readFile(page.file, 'utf8');
    const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
    const canonical = links.find((l) => /rel="canonical"/.test(l));
    const noindex = /<meta name="robots" content="noindex"/.test(html);
    if (!canonical && !noindex) problems.push(`${page.path}: no canonical link`);
    for (const l of links.filter((l) => /rel="alternate"/.test(l) && /hreflang=/.test(l))) {
      const lang = /hreflang="([^"]+)"/.exec(l)![1]!;
      const href = /href="([^"]+)"/.exec(l)![1]!;
      const target = fileForPath(DIST, new URL(href).pathname);
      if (!target) {
        problems.push(`${page.path}: hreflang ${lang} → ${href} does not exist`);
        continue;
      }
      if (lang === 'x-default') continue;
      const targetLang = /<html[^>]*\slang="([^"]+)"/.exec(await readFile(target, 'utf8'))?.[1];
      if (targetLang !== lang) problems.push(`${page.path}: hreflang ${lang} → ${href} has lang="${targetLang}"`);
    }
  }
  assert.deepEqual(problems, []);
});

test('links that open a new tab carry rel="noopener noreferrer"', async () => {
  const problems: string[] = [];
  for (const page of builtPages(DIST)) {
    const html = await readFile(page.file, 'utf8');
    for (const tag of html.match(/<a\b[^>]*target="_blank"[^>]*>/g) ?? []) {
      const rel = /rel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${page.path}: ${tag}`);
    }
  }
  assert.deepEqual(problems, []);
});
