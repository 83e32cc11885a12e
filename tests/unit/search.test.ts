import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as search from '@/lib/search.ts';

test('typed words are searched with white space collapsed', () => {
  assert.equal(search.normalizeQuery('  debt \t bondage\n '), 'debt bondage');
  assert.equal(search.normalizeQuery(' \n '), '');
});

test('nothing in the search helpers reads or writes the address (issue 9 §2)', () => {
  assert.deepEqual(
    Object.keys(search).filter((name) => /param|url|address|history|location/i.test(name)),
    [],
  );
});

test('timings: results follow typing well within 150 ms; the count is announced after typing pauses', () => {
  assert.ok(search.TYPING_DEBOUNCE_MS > 0 && search.TYPING_DEBOUNCE_MS <= 150);
  assert.ok(search.ANNOUNCE_DELAY_MS > search.TYPING_DEBOUNCE_MS);
  assert.ok(search.FIRST_BATCH > 0 && search.FIRST_BATCH < search.PAGE_SIZE);
});

test('chosen types become an "any of" Pagefind filter; none chosen means no filter', () => {
  assert.deepEqual(search.typeFilter(['campaign', 'post']), { type: { any: ['campaign', 'post'] } });
  assert.equal(search.typeFilter([]), undefined);
});

test('filter values: known types in their order, then new ones alphabetically', () => {
  assert.deepEqual(
    search.orderedTypes({ page: 2, zebra: 1, campaign: 3, statistic: 4, alpha: 1 }).map((t) => t.value),
    ['campaign', 'statistic', 'page', 'alpha', 'zebra'],
  );
  assert.deepEqual(search.orderedTypes({ post: 5 }), [{ value: 'post', count: 5 }]);
  assert.deepEqual(search.orderedTypes(undefined), []);
});

test('excerpts become text and <mark> parts; other markup never survives as HTML', () => {
  assert.deepEqual(search.excerptParts('Is <mark>Stockton</mark> a hotspot &amp; more'), [
    { text: 'Is ', mark: false },
    { text: 'Stockton', mark: true },
    { text: ' a hotspot & more', mark: false },
  ]);
  const hostile = search.excerptParts('a &lt;img src=x onerror=alert(1)&gt; <script>b</script><mark>c</mark>');
  assert.deepEqual(hostile, [
    { text: 'a <img src=x onerror=alert(1)> b', mark: false },
    { text: 'c', mark: true },
  ]);
  assert.deepEqual(search.excerptParts('&#241;and&#xFA; &bogus;'), [{ text: 'ñandú &bogus;', mark: false }]);
  assert.deepEqual(search.excerptParts(''), []);
});

test('result summaries choose none, one or many', () => {
  assert.equal(search.summaryKey(0), 'none');
  assert.equal(search.summaryKey(1), 'one');
  assert.equal(search.summaryKey(7), 'many');
});

test('summaries fill in the count and the words exactly as typed', () => {
  const templates = {
    none: 'No results for “{query}”.',
    one: '1 result for “{query}”.',
    many: '{count} results for “{query}”.',
  };
  assert.equal(search.summaryText(templates, 0, 'trata'), 'No results for “trata”.');
  assert.equal(search.summaryText(templates, 1, 'trata'), '1 result for “trata”.');
  assert.equal(search.summaryText(templates, 12, 'trata'), '12 results for “trata”.');
  // Replacement patterns and placeholders in the words are not interpreted.
  assert.equal(search.summaryText(templates, 3, "$& $' {count}"), "3 results for “$& $' {count}”.");
});
