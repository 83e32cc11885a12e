/** Gate: page-weight budgets (bytes, not timings), for every built page in every language. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { publicPages } from '@/lib/built-pages.ts';
import { site } from '@/config/site.ts';
import { locales } from '@/i18n/index.ts';
import { DIST } from '../support/dist-files.ts';
import { BUDGETS, isSearchPage, pageWeight, weightsByLanguage } from '../support/page-weight.ts';

const weights = await Promise.all(
  // The web editor at /admin/ is no page for readers: `npm run bench` reports its size.
  publicPages(DIST).map(async (p) => pageWeight(DIST, p.path, await readFile(p.file, 'utf8'), site.siteUrl)),
);
const languages = weightsByLanguage(weights);

test('every language has pages to measure', () => {
  assert.deepEqual(languages.map((l) => l.locale).sort(), [...locales].sort());
});

test(`no page but search is over ${BUDGETS.maxTotalGzip} bytes gzip (HTML + CSS + JS)`, () => {
  const over = weights
    .filter((w) => !isSearchPage(w.path) && w.totalGzip > BUDGETS.maxTotalGzip)
    .map((w) => `${w.path}: ${w.totalGzip}`);
  assert.deepEqual(over, []);
});

test(`in every language the median page is at most ${BUDGETS.medianTotalGzip} bytes gzip (HTML + CSS + JS)`, () => {
  const over = languages
    .filter((l) => l.medianTotalGzip > BUDGETS.medianTotalGzip)
    .map((l) => `${l.locale}: median ${l.medianTotalGzip} over ${l.pages} pages`);
  assert.deepEqual(over, []);
});

test('pages other than search carry no JavaScript beyond the quick-exit snippet', () => {
  const heavy = weights
    .filter((w) => !isSearchPage(w.path) && w.jsBytes > BUDGETS.maxJsBytesOutsideSearch)
    .map((w) => `${w.path}: ${w.jsBytes} bytes of JS`);
  assert.deepEqual(heavy, []);
  assert.ok(
    weights.every((w) => w.jsBytes > 0),
    'every page has the quick-exit snippet',
  );
});
