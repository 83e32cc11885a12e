import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSearchPage, median } from '../support/page-weight.ts';

test('median', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.equal(median([]), 0);
});

test('search pages are found in every language', () => {
  assert.ok(isSearchPage('/search/'));
  assert.ok(isSearchPage('/es/search/'));
  assert.ok(!isSearchPage('/blog/search/'));
  assert.ok(!isSearchPage('/es/'));
});
