/**
 * Gate over the built pages: zero JavaScript by default. Only the search page
 * and a campaign kit's copy buttons load a script of their own; every other
 * page carries just the inline quick-exit snippet (and JSON-LD, which is data).
 * The browser gate (tests/e2e/every-page.spec.ts) checks that no page adds a
 * script while it runs and that no page but search asks for Pagefind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtHtml, builtPagePaths } from '../support/dist-files.ts';
import { findTags } from '../support/html-links.ts';
import { isSearchPage } from '../support/page-weight.ts';

/** The scripts a built page runs: src (null when inline) and type, JSON-LD left out. */
const executableScripts = (path: string) =>
  findTags(builtHtml(path), ['script'])
    .map((s) => ({ src: s.attrs.src ?? null, type: s.attrs.type ?? '' }))
    .filter((s) => s.type !== 'application/ld+json');

const isKit = (path: string) => /\/campaigns\/[^/]+\/kit\/$/.test(path);

test('only the search page and a campaign kit load a script of their own; other pages carry just the quick exit', () => {
  const paths = builtPagePaths();
  assert.ok(paths.filter((p) => !isSearchPage(p)).length >= 8);
  for (const path of paths) {
    const scripts = executableScripts(path);
    const inline = scripts.filter((s) => s.src === null);
    assert.deepEqual(inline, [{ src: null, type: '' }], `${path}: one inline script, the quick exit`);
    const own = scripts.filter((s) => s.src !== null);
    // A campaign kit's share texts get copy buttons from one small local module (src/scripts/copy-share.ts);
    // the search page runs src/scripts/search-page.ts.
    const expected = isKit(path)
      ? /^\/_astro\/ShareTexts\.[^/]+\.js$/
      : isSearchPage(path)
        ? /^\/_astro\/search\.[^/]+\.js$/
        : null;
    if (expected === null) {
      assert.deepEqual(own, [], `${path}: no script of its own`);
    } else {
      assert.equal(own.length, 1, `${path}: one script of its own`);
      assert.match(own[0]!.src!, expected, path);
      assert.equal(own[0]!.type, 'module', path);
    }
  }
});
