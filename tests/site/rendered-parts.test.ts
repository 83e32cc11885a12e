/**
 * Gate over the built pages: the parts rendered once and reused on many pages
 * (src/components/RenderOnce.astro: header help and navigation, footer, quick
 * exit, support call) are the right ones on every page: in the page's language,
 * for the page's help region and donation page, with the page's own section
 * marked as current. A `per` that left a value out would put one page's part on
 * another, and fail here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeFromPath } from '@/i18n/index.ts';
import { homePath, languagesPath } from '@/lib/paths.ts';
import { navigation } from '@/config/navigation.ts';
import { builtHtml, builtPagePaths } from '../support/dist-files.ts';

const pages = builtPagePaths();
const attributes = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
const element = (html: string, re: RegExp) => re.exec(html)?.[0] ?? '';

test('the built site has pages to check', () => {
  assert.ok(pages.length > 50, `${pages.length} pages`);
});

test('every page shows the header and footer of its own language, help region and donation page', () => {
  const problems: string[] = [];
  for (const path of pages) {
    const html = builtHtml(path);
    const locale = localeFromPath(path);
    const header = element(html, /<header class="head-bar"[\s\S]*?<\/header>/);
    const footer = element(html, /<footer[\s\S]*?<\/footer>/);
    const main = element(html, /<main[\s\S]*?<\/main>/);
    const regions = new Set([...attributes(header, 'data-help-region'), ...attributes(footer, 'data-help-region')]);
    if (regions.size !== 1) problems.push(`${path}: header and footer show help regions ${[...regions].join(', ')}`);
    if (!footer.includes(`href="${languagesPath(locale)}"`)) problems.push(`${path}: footer not in "${locale}"`);
    if (!html.includes(`<a href="${homePath(locale)}" class="brand-link">`))
      problems.push(`${path}: header not in "${locale}"`);
    // Where the page itself asks for support, its donation link is the footer's.
    const donate = (part: string) => /href="([^"]*)"[^>]*data-support="donate"/.exec(part)?.[1];
    if (donate(main) && donate(main) !== donate(footer))
      problems.push(`${path}: footer donates to ${donate(footer)}, the page to ${donate(main)}`);
  }
  assert.deepEqual(problems, []);
});

test('every page marks its own section, and only that, as current in the navigation', () => {
  const problems: string[] = [];
  for (const path of pages) {
    const locale = localeFromPath(path);
    const nav = element(builtHtml(path), /<nav[^>]*class="head-nav"[\s\S]*?<\/nav>/);
    const marked = [...nav.matchAll(/<a href="([^"]*)"[^>]*aria-current="page"/g)].map((m) => m[1]);
    const expected = navigation
      .map((item) => item.href(locale))
      .filter((href) => path === href || (href !== homePath(locale) && path.startsWith(href)));
    if (marked.join() !== expected.join())
      problems.push(`${path}: marked ${marked.join() || 'none'}, expected ${expected.join() || 'none'}`);
  }
  assert.deepEqual(problems, []);
});
