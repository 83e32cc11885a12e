import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localizedPaths, parseEntryId, resolveLocalized } from '@/lib/localized-content.ts';
import { entryIdFromPath, slugify, uniqueIdGenerator } from '@/lib/entry-ids.ts';
import { locales } from '@/i18n/locales.ts';

const entries = [{ id: 'en/stockton' }, { id: 'es/stockton' }, { id: 'en/fresno' }, { id: 'es/solo-es' }];

test('entry ids carry their locale', () => {
  assert.deepEqual(parseEntryId('es/stockton'), { locale: 'es', slug: 'stockton' });
  assert.throws(() => parseEntryId('stockton'), /locale folder/);
  assert.throws(() => parseEntryId('fr/stockton'), /locale folder/);
});

test('a translation is used when it exists, else the English original', () => {
  const es = resolveLocalized(entries, 'es');
  const bySlug = Object.fromEntries(es.map((r) => [r.slug, r]));
  assert.equal(bySlug.stockton!.entry.id, 'es/stockton');
  assert.equal(bySlug.stockton!.translated, true);
  assert.equal(bySlug.fresno!.entry.id, 'en/fresno');
  assert.equal(bySlug.fresno!.translated, false);
  assert.equal(bySlug.fresno!.contentLocale, 'en');
  assert.deepEqual(bySlug.fresno!.translations, ['en']);
  assert.deepEqual(bySlug.stockton!.translations, ['en', 'es']);
});

test('every slug gets a page in every locale, never a gap', () => {
  const paths = localizedPaths(entries).map((r) => `${r.locale}:${r.slug}`);
  const slugs = ['fresno', 'solo-es', 'stockton'];
  assert.deepEqual(paths.sort(), locales.flatMap((l) => slugs.map((slug) => `${l}:${slug}`)).sort());
  const soloInEn = resolveLocalized(entries, 'en').find((r) => r.slug === 'solo-es')!;
  assert.equal(soloInEn.contentLocale, 'es');
});

test('slugs', () => {
  assert.equal(slugify('Farm work & debt bondage'), 'farm-work-debt-bondage');
  assert.equal(slugify('  ¿Qué es la trata?  '), 'que-es-la-trata');
  assert.equal(entryIdFromPath('posts', 'en/my-post.mdx'), 'en/my-post');
  assert.throws(() => entryIdFromPath('posts', 'en/My Post.mdx'), /content\/posts\/en\/My Post\.mdx.*"my-post\.mdx"/);
  assert.throws(() => entryIdFromPath('posts', 'my-post.mdx'), /content\/posts\/my-post\.mdx.*locale folder/);
});

test('two files for one address fail, naming both', () => {
  const generate = uniqueIdGenerator('posts');
  assert.equal(generate({ entry: 'en/a.mdx' }), 'en/a');
  assert.equal(generate({ entry: 'en/a.mdx' }), 'en/a');
  assert.throws(() => generate({ entry: 'en/a.md' }), /"en\/a\.mdx" and "en\/a\.md"/);
});
