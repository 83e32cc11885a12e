import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nowOrLater, settledCache } from '@/lib/now-or-later.ts';

test('nowOrLater goes on at once with a known value, and later with a promised one', async () => {
  assert.equal(
    nowOrLater(2, (n) => n * 3),
    6,
  );
  const later = nowOrLater(Promise.resolve(2), (n) => n * 3);
  assert.ok(later instanceof Promise);
  assert.equal(await later, 6);
});

test('settledCache works each answer out once, and hands it out as itself once known', async () => {
  const cache = settledCache<string>();
  let calls = 0;
  const work = async () => `answer ${++calls}`;
  const first = cache('a', work);
  assert.ok(first instanceof Promise);
  assert.equal(cache('a', work), first, 'a caller before it is known gets the same promise');
  assert.equal(await first, 'answer 1');
  assert.equal(cache('a', work), 'answer 1');
  assert.equal(calls, 1);
  assert.equal(await cache('b', work), 'answer 2');
});

test('settledCache does not keep a failure: the next caller tries again', async () => {
  const cache = settledCache<string>();
  await assert.rejects(async () => cache('a', () => Promise.reject(new Error('no'))), /no/);
  assert.equal(await cache('a', async () => 'yes'), 'yes');
  assert.equal(
    cache('a', async () => 'again'),
    'yes',
  );
});
