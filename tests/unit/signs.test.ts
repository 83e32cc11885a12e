import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { signSources } from '@/config/sign-sources.ts';
import { signSchema } from '@/lib/schemas.ts';
import { cardSigns, checkSameGroup, checkSignReferences, compareSigns } from '@/lib/signs.ts';

/** A valid sign entry's frontmatter, for the schema tests to vary. */
const sign = {
  title: 'Farms',
  group: 'setting',
  order: 1,
  summary: 'Where farm workers may be exploited.',
  signs: ['Someone else keeps their ID.', 'Owes a debt they cannot pay off.'],
  sources: ['stt-labour-exploitation', 'hotline'],
};

test('the signs schema wants short concrete signs and a known group', () => {
  const parsed = signSchema().parse(sign);
  assert.deepEqual(parsed.related, []);
  assert.equal(signSchema().safeParse({ ...sign, group: 'place' }).success, false);
  assert.equal(signSchema().safeParse({ ...sign, signs: ['Only one sign here.'] }).success, false);
  assert.equal(
    signSchema().safeParse({ ...sign, signs: ['x'.repeat(181), 'Owes a debt they cannot pay off.'] }).success,
    false,
  );
});

test('sign order, card and references', () => {
  const entries = [
    { slug: 'farms', group: 'setting' as const, order: 1, title: 'Farms' },
    { slug: 'sexual', group: 'kind' as const, order: 2, title: 'Sexual' },
    { slug: 'control', group: 'general' as const, order: 0, title: 'Control' },
    { slug: 'labour', group: 'kind' as const, order: 1, title: 'Labour' },
  ];
  assert.deepEqual(
    [...entries].sort(compareSigns).map((e) => e.slug),
    ['control', 'labour', 'sexual', 'farms'],
  );
  assert.deepEqual(cardSigns(['a', 'b', 'c', 'd']), ['a', 'b', 'c']);
  assert.doesNotThrow(() =>
    checkSignReferences(
      [
        { slug: 'farms', related: ['labour'] },
        { slug: 'labour', related: [], stat: 'x' },
      ],
      ['x'],
    ),
  );
  assert.throws(
    () => checkSignReferences([{ slug: 'farms', related: ['labor'] }], []),
    /farms\.mdx: "related" names "labor"/,
  );
  assert.throws(
    () => checkSignReferences([{ slug: 'food', related: [], stat: 'food-2019' }], ['food-2018']),
    /"stat" names "food-2019"/,
  );
});

test('a translation must stay in the group of its original', () => {
  assert.doesNotThrow(() =>
    checkSameGroup([
      { id: 'en/farms', group: 'setting' },
      { id: 'es/farms', group: 'setting' },
      { id: 'en/labour', group: 'kind' },
    ]),
  );
  // The translation is the file to fix, whichever file the loader read first.
  const english = { id: 'en/farms', group: 'setting' } as const;
  const spanish = { id: 'es/farms', group: 'kind' } as const;
  for (const order of [
    [english, spanish],
    [spanish, english],
  ]) {
    assert.throws(
      () => checkSameGroup(order),
      /content\/signs\/es\/farms\.mdx has group "kind" but its English file content\/signs\/en\/farms\.mdx has "setting"/,
    );
  }
});

test('every sign entry must name its sources, from the typed list', () => {
  const { sources: _sources, ...withoutSources } = sign;
  const missing = signSchema().safeParse(withoutSources);
  assert.equal(missing.success, false);
  assert.match(
    missing.error!.issues[0]!.message,
    /Name the sources of these signs in `sources:`.*stt-labour-exploitation/,
  );
  const unknown = signSchema().safeParse({ ...sign, sources: ['wikipedia'] });
  assert.equal(unknown.success, false);
  assert.match(
    unknown.error!.issues[0]!.message,
    /Unknown source "wikipedia"\. Use one of: stt-labour-exploitation, stt-community, dhs-blue-campaign, hotline/,
  );
  assert.equal(signSchema().safeParse({ ...sign, sources: [] }).success, false);
  assert.equal(signSchema().safeParse({ ...sign, sources: ['hotline', 'hotline'] }).success, false);
  // Each source has a name and an https page.
  for (const source of Object.values(signSources)) {
    assert.ok(source.name.length > 5);
    assert.equal(new URL(source.url).protocol, 'https:');
  }
});

test('every sign file names its sources, and the Spanish files mirror the English ones', () => {
  const dir = 'content/signs';
  const read = (locale: string, file: string) => {
    const text = readFileSync(join(dir, locale, file), 'utf8');
    const sources = /^sources: \[(.*)\]$/m
      .exec(text)?.[1]
      ?.split(',')
      .map((s) => s.trim());
    const signs = (/^signs:\n((?: {2}- .*\n)+)/m.exec(text)?.[1] ?? '').split('\n').filter(Boolean).length;
    return { sources, signs };
  };
  const files = readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.mdx'));
  assert.ok(files.length > 5);
  for (const file of files) {
    const en = read('en', file);
    assert.ok(en.sources && en.sources.length > 0, `${file}: sources`);
    for (const key of en.sources) assert.ok(key in signSources, `${file}: ${key}`);
    for (const locale of readdirSync(dir).filter((l) => l !== 'en')) {
      if (!readdirSync(join(dir, locale)).includes(file)) continue;
      const other = read(locale, file);
      assert.deepEqual(other.sources, en.sources, `${locale}/${file}: same sources as en/${file}`);
      assert.equal(other.signs, en.signs, `${locale}/${file}: as many signs as en/${file}`);
    }
  }
});
