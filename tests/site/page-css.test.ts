/**
 * Gate: each page template's own stylesheet (src/integrations/page-css.ts).
 * Pages other than search link one content-hashed stylesheet, which styles
 * every class of the page that the site's whole stylesheet (still linked by the
 * search pages, whose script builds markup) styles; no stylesheet is left over.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { publicPages } from '@/lib/built-pages.ts';
import { collectUsedNames, selectorNeeds } from '@/lib/css-prune.ts';
import { DIST } from '../support/dist-files.ts';
import { isSearchPage } from '../support/page-weight.ts';

// Public pages: the web editor at /admin/ links no stylesheet of the site (it styles itself).
const pages = publicPages(DIST)
  .map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }))
  .filter((p) => !/http-equiv="refresh"/i.test(p.html));
const stylesheets = (html: string) =>
  [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);

/** Class names a stylesheet's selectors name (outside :not() and the like). */
function styledClasses(css: string): Set<string> {
  const classes = new Set<string>();
  postcss.parse(css).walkRules((rule) => {
    for (const selector of rule.selectors) for (const c of selectorNeeds(selector)?.classes ?? []) classes.add(c);
  });
  return classes;
}

const searchPages = pages.filter((p) => isSearchPage(p.path));
const whole = styledClasses(
  [...new Set(searchPages.flatMap((p) => stylesheets(p.html)))]
    .map((href) => readFileSync(join(DIST, href), 'utf8'))
    .join('\n'),
);

test('the search pages keep the whole stylesheet', () => {
  assert.ok(searchPages.length > 0);
  for (const c of ['prose', 'btn-primary', 'sr-only', 'store-badge']) assert.ok(whole.has(c), c);
});

test('every other page links one content-hashed stylesheet that styles each class the whole stylesheet styles', () => {
  const problems: string[] = [];
  const cache = new Map<string, Set<string>>();
  for (const page of pages.filter((p) => !isSearchPage(p.path))) {
    const hrefs = stylesheets(page.html);
    if (hrefs.length !== 1 || !hrefs[0]!.startsWith('/_astro/')) {
      problems.push(`${page.path}: stylesheets ${JSON.stringify(hrefs)}`);
      continue;
    }
    const href = hrefs[0]!;
    if (!cache.has(href)) {
      const css = readFileSync(join(DIST, href), 'utf8');
      const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
      if (!href.endsWith(`.${hash}.css`)) problems.push(`${href}: name does not carry its content hash ${hash}`);
      cache.set(href, styledClasses(css));
    }
    const styled = cache.get(href)!;
    const missing = [...collectUsedNames(page.html).classes].filter((c) => whole.has(c) && !styled.has(c));
    if (missing.length) problems.push(`${page.path}: ${href} lacks ${missing.join(' ')}`);
  }
  assert.deepEqual(problems, []);
});

test('every stylesheet in the build is linked by a page', () => {
  const linked = new Set(pages.flatMap((p) => stylesheets(p.html)));
  const files = readdirSync(join(DIST, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => `/_astro/${f}`);
  assert.deepEqual(
    files.filter((f) => !linked.has(f)),
    [],
  );
});
