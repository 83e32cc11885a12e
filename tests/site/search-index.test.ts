/**
 * Gate over the built pages, for search: no page has a form (typed words can
 * never be sent in an address), and Pagefind indexes the main content of
 * translated pages only, never the header, footer or quick exit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeFromPath } from '@/i18n/index.ts';
import { builtHtml, builtPagePaths } from '../support/dist-files.ts';

test('no page has a form: nothing a reader types can be sent in an address', () => {
  const pages = builtPagePaths();
  assert.ok(pages.length >= 8);
  for (const path of pages) assert.doesNotMatch(builtHtml(path), /<form\b/i, path);
});

test('what is indexed: the main content of translated pages, never the header, footer or quick exit', () => {
  let indexed = 0;
  for (const path of builtPagePaths()) {
    const html = builtHtml(path);
    const main = /<main\b[^>]*>/.exec(html)![0];
    // Pages showing text not yet translated stay out of this language's index, and so do
    // pages that only list or repeat other pages: search, the print card, blog pages 2+, tags and campaign kits.
    const listing =
      /\/(search|signs\/print|blog\/page\/\d+|blog\/tags\/[^/]+|campaigns\/[^/]+\/kit(\/[a-z]+)?)\/$/.test(path);
    // A stand-in page (text not yet translated) has its canonical in the other language.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const standIn = canonical !== undefined && localeFromPath(new URL(canonical).pathname) !== localeFromPath(path);
    const expectIndexed = !listing && !standIn;
    assert.equal(main.includes('data-pagefind-body'), expectIndexed, path);
    if (expectIndexed) {
      indexed++;
      assert.match(main, /data-pagefind-filter="type:[a-z]+"/, path);
    }
    for (const tag of [/<header\b[^>]*>/, /<footer\b[^>]*>/, /<aside\b[^>]*class="quick-exit-bar[^>]*>/]) {
      assert.ok(tag.exec(html)?.[0]?.includes('data-pagefind-ignore="all"'), `${path} ${tag}`);
    }
  }
  assert.ok(indexed >= 8);
});
