import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementIdCounter } from '@/lib/element-ids.ts';

test('a component used twice on a page gets distinct ids, the first keeping the plain name', () => {
  const id = elementIdCounter();
  assert.equal(id('support-heading'), 'support-heading');
  assert.equal(id('app-heading'), 'app-heading');
  assert.equal(id('support-heading'), 'support-heading-2');
  assert.equal(id('support-heading'), 'support-heading-3');
  assert.equal(elementIdCounter()('support-heading'), 'support-heading', 'each page starts afresh');
});
