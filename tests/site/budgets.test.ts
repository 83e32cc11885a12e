/** Gate: page-weight budgets (bytes, not timings), for every built page. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { builtPages } from '@/lib/built-pages.ts';
import { site } from '@/config/site.ts';
import { DIST } from '../support/dist-files.ts';
import { BUDGETS, isSearchPage, median, pageWeight } from '../support/page-weight.ts';

const weights = await Promise.all(
  builtPages(DIST).map(async (p) => pageWeight(DIST, p.path, await readFile(p.file, 'utf8'), site.siteUrl)),
);

test('the median page is under 30 KB gzip (HTML + CSS + JS)', () => {
  assert.ok(weights.length > 0);
  const m = median(weights.map((w) => w.totalGzip));
  assert.ok(m < BUDGETS.medianTotalGzip, `median ${m} bytes`);
});

test('no page is over 60 KB gzip (HTML + CSS + JS)', () => {
  const over = weights.filter((w) => w.totalGzip > BUDGETS.maxTotalGzip).map((w) => `${w.path}: ${w.totalGzip}`);
  assert.deepEqual(over, []);
});

test('pages other than search carry no JavaScript beyond the quick-exit snippet', () => {
  const heavy = weights
    .filter((w) => !isSearchPage(w.path) && w.jsBytes > BUDGETS.maxJsBytesOutsideSearch)
    .map((w) => `${w.path}: ${w.jsBytes} bytes of JS`);
  assert.deepEqual(heavy, []);
  assert.ok(weights.every((w) => w.jsBytes > 0), 'every page has the quick-exit snippet');
});
