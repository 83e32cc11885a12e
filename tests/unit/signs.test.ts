import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signSchema } from '@/lib/schemas.ts';
import { cardSigns, checkSameGroup, checkSignReferences, compareSigns } from '@/lib/signs.ts';

test('the signs schema wants short concrete signs and a known group', () => {
  const sign = { title: 'Farms', group: 'setting', order: 1, summary: 'Where farm workers may be exploited.', signs: ['Someone else keeps their ID.', 'Owes a debt they cannot pay off.'] };
  const parsed = signSchema().parse(sign);
  assert.deepEqual(parsed.related, []);
  assert.equal(signSchema().safeParse({ ...sign, group: 'place' }).success, false);
  assert.equal(signSchema().safeParse({ ...sign, signs: ['Only one sign here.'] }).success, false);
  assert.equal(signSchema().safeParse({ ...sign, signs: ['x'.repeat(181), 'Owes a debt they cannot pay off.'] }).success, false);
});

test('sign order, card and references', () => {
  const entries = [
    { slug: 'farms', group: 'setting' as const, order: 1, title: 'Farms' },
    { slug: 'sexual', group: 'kind' as const, order: 2, title: 'Sexual' },
    { slug: 'control', group: 'general' as const, order: 0, title: 'Control' },
    { slug: 'labour', group: 'kind' as const, order: 1, title: 'Labour' },
  ];
  assert.deepEqual([...entries].sort(compareSigns).map((e) => e.slug), ['control', 'labour', 'sexual', 'farms']);
  assert.deepEqual(cardSigns(['a', 'b', 'c', 'd']), ['a', 'b', 'c']);
  assert.doesNotThrow(() => checkSignReferences([{ slug: 'farms', related: ['labour'] }, { slug: 'labour', related: [], stat: 'x' }], ['x']));
  assert.throws(() => checkSignReferences([{ slug: 'farms', related: ['labor'] }], []), /farms\.mdx: "related" names "labor"/);
  assert.throws(() => checkSignReferences([{ slug: 'food', related: [], stat: 'food-2019' }], ['food-2018']), /"stat" names "food-2019"/);
});

test('a translation must stay in the group of its original', () => {
  assert.doesNotThrow(() => checkSameGroup([{ id: 'en/farms', group: 'setting' }, { id: 'es/farms', group: 'setting' }, { id: 'en/labour', group: 'kind' }]));
  assert.throws(
    () => checkSameGroup([{ id: 'en/farms', group: 'setting' }, { id: 'es/farms', group: 'kind' }]),
    /content\/signs\/es\/farms\.mdx has group "kind" but content\/signs\/en\/farms\.mdx has "setting"/,
  );
});
