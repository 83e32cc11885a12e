import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  excerptParts,
  orderedTypes,
  readSearchParams,
  searchParamsFor,
  summaryKey,
  typeFilter,
} from '@/lib/search.ts';

test('the request is read from ?q= and repeated ?type=', () => {
  const r = readSearchParams(new URLSearchParams('q=%20debt%20%20bondage%20&type=campaign&type=post&type=campaign&type='));
  assert.deepEqual(r, { query: 'debt bondage', types: ['campaign', 'post'] });
  assert.deepEqual(readSearchParams(new URLSearchParams('')), { query: '', types: [] });
});

test('a request round-trips through the URL', () => {
  const request = { query: 'trata de personas', types: ['campaign', 'sign'] };
  assert.equal(searchParamsFor(request), '?q=trata+de+personas&type=campaign&type=sign');
  assert.deepEqual(readSearchParams(new URLSearchParams(searchParamsFor(request))), request);
  assert.equal(searchParamsFor({ query: '', types: [] }), '');
});

test('chosen types become an "any of" Pagefind filter; none chosen means no filter', () => {
  assert.deepEqual(typeFilter(['campaign', 'post']), { type: { any: ['campaign', 'post'] } });
  assert.equal(typeFilter([]), undefined);
});

test('filter values: known types in their order, then new ones alphabetically', () => {
  assert.deepEqual(
    orderedTypes({ page: 2, zebra: 1, campaign: 3, statistic: 4, alpha: 1 }).map((t) => t.value),
    ['campaign', 'statistic', 'page', 'alpha', 'zebra'],
  );
  assert.deepEqual(orderedTypes({ post: 5 }), [{ value: 'post', count: 5 }]);
  assert.deepEqual(orderedTypes(undefined), []);
});

test('excerpts become text and <mark> parts; other markup never survives as HTML', () => {
  assert.deepEqual(excerptParts('Is <mark>Stockton</mark> a hotspot &amp; more'), [
    { text: 'Is ', mark: false },
    { text: 'Stockton', mark: true },
    { text: ' a hotspot & more', mark: false },
  ]);
  const hostile = excerptParts('a &lt;img src=x onerror=alert(1)&gt; <script>b</script><mark>c</mark>');
  assert.deepEqual(hostile, [
    { text: 'a <img src=x onerror=alert(1)> b', mark: false },
    { text: 'c', mark: true },
  ]);
  assert.deepEqual(excerptParts('&#241;and&#xFA; &bogus;'), [{ text: 'ñandú &bogus;', mark: false }]);
  assert.deepEqual(excerptParts(''), []);
});

test('result summaries choose none, one or many', () => {
  assert.equal(summaryKey(0), 'none');
  assert.equal(summaryKey(1), 'one');
  assert.equal(summaryKey(7), 'many');
});
