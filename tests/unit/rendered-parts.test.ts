import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partCache, partKey } from '@/lib/rendered-parts.ts';

test('a part key names the part and every value it depends on', () => {
  const footer = partKey('footer', { locale: 'es', region: 'us', donateUrl: 'https://example.org/donate' });
  assert.notEqual(footer, partKey('footer', { locale: 'en', region: 'us', donateUrl: 'https://example.org/donate' }));
  assert.notEqual(footer, partKey('footer', { locale: 'es', region: 'uk', donateUrl: 'https://example.org/donate' }));
  assert.notEqual(footer, partKey('header', { locale: 'es', region: 'us', donateUrl: 'https://example.org/donate' }));
  // A value cannot pass for another field's: each value is written with its field's name.
  assert.notEqual(partKey('x', { a: 'b=c' }), partKey('x', { a: 'b', c: '' }));
  assert.notEqual(partKey('x', { a: undefined }), partKey('x', {}));
  assert.notEqual(partKey('x', { searchable: true }), partKey('x', { searchable: false }));
});

test('in a production build a part is rendered once per key, then written from memory without waiting', async () => {
  const cache = partCache(true);
  let renders = 0;
  const render = (html: string) => () => (renders++, Promise.resolve(html));
  assert.equal(await cache.get('footer en', render('<footer>en</footer>')), '<footer>en</footer>');
  assert.equal(
    cache.get('footer en', render('<footer>other</footer>')),
    '<footer>en</footer>',
    'a string, not a promise',
  );
  assert.equal(await cache.get('footer es', render('<footer>es</footer>')), '<footer>es</footer>');
  assert.equal(renders, 2);
});

test('two pages asking for a part before it is ready share one rendering', async () => {
  const cache = partCache(true);
  let renders = 0;
  const render = () => (renders++, new Promise<string>((resolve) => setTimeout(() => resolve('<p>x</p>'), 5)));
  const [a, b] = await Promise.all([cache.get('p', render), cache.get('p', render)]);
  assert.deepEqual([a, b, renders], ['<p>x</p>', '<p>x</p>', 1]);
});

test('a part that failed is not kept: the next page renders it again', async () => {
  const cache = partCache(true);
  await assert.rejects(async () => cache.get('p', () => Promise.reject(new Error('broken'))), /broken/);
  assert.equal(await cache.get('p', () => Promise.resolve('<p>fixed</p>')), '<p>fixed</p>');
});

test('outside a production build (astro dev) every page renders the part afresh', async () => {
  const cache = partCache(false);
  let renders = 0;
  const render = () => (renders++, Promise.resolve(`<p>${renders}</p>`));
  assert.equal(await cache.get('p', render), '<p>1</p>');
  assert.equal(await cache.get('p', render), '<p>2</p>');
});
