/**
 * The "Help in your language" texts (src/i18n/help-blocks.ts): enough
 * languages, each with its `lang`, direction and both names, every block
 * carrying the hotline and emergency placeholders (so the numbers come from
 * src/config/site.ts) and no typed digits at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksFor, helpBlockPlaceholders, helpBlocks, splitTemplate } from '@/i18n/help-blocks.ts';

test('at least 12 languages, including those the issue names, each once', () => {
  const langs = helpBlocks.map((b) => b.lang);
  assert.ok(langs.length >= 12);
  assert.equal(new Set(langs).size, langs.length, 'no language twice');
  for (const lang of ['es', 'km', 'hmn', 'pa', 'tl', 'vi', 'zh-Hant', 'zh-Hans', 'lo'])
    assert.ok(langs.includes(lang), lang);
});

test('each block has a valid language tag, the right direction and both names', () => {
  for (const block of helpBlocks) {
    assert.doesNotThrow(() => Intl.getCanonicalLocales(block.lang), block.lang);
    assert.equal(
      block.dir,
      ['ar', 'fa', 'he', 'ur'].includes(block.lang.split('-')[0]!) ? 'rtl' : 'ltr',
      `${block.lang} direction`,
    );
    assert.ok(block.ownName.length > 1 && block.englishName.length > 1);
    assert.match(block.englishName, /^[A-Za-z ()]+$/, 'the English name is in English');
    for (const name of block.say) assert.match(name, /^[A-Za-z ]+$/, 'what the caller says is English');
  }
});

test('every block gives the hotline and the emergency number by placeholder, and types no digits', () => {
  for (const block of helpBlocks) {
    const text = block.sentences.join(' ').replace(/\{\w+\}/g, '');
    assert.doesNotMatch(
      text,
      /[0-9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u0A66-\u0A6F\u17E0-\u17E9\u0ED0-\u0ED9]/,
      `${block.lang}: no typed number`,
    );
    const used = block.sentences.flatMap((s) =>
      splitTemplate(s).flatMap((p) => (typeof p === 'string' ? [] : [p.placeholder])),
    );
    assert.equal(used.filter((p) => p === 'hotline').length, 1, `${block.lang}: the hotline once`);
    assert.equal(used.filter((p) => p === 'emergency').length, 1, `${block.lang}: the emergency number once`);
    block.say.forEach((_, i) =>
      assert.equal(used.filter((p) => p === `say${i}`).length, 1, `${block.lang}: say${i} once`),
    );
    assert.ok(
      used.every((p) => p === 'hotline' || p === 'emergency' || Number(p.slice(3)) < block.say.length),
      `${block.lang}: no name without a value`,
    );
  }
});

test('templates split at their placeholders; an unknown placeholder is an error', () => {
  assert.deepEqual(splitTemplate('Call {hotline} now.'), ['Call ', { placeholder: 'hotline' }, ' now.']);
  assert.deepEqual(splitTemplate('{emergency}'), [{ placeholder: 'emergency' }]);
  assert.throws(() => splitTemplate('Call {number}'), /Unknown placeholder \{number\}/);
  assert.deepEqual([...helpBlockPlaceholders], ['hotline', 'emergency', 'say0', 'say1']);
});

test('the page language comes first', () => {
  assert.equal(blocksFor('km')[0]!.lang, 'km');
  assert.equal(blocksFor('en')[0]!.lang, helpBlocks[0]!.lang);
  assert.equal(blocksFor('km').length, helpBlocks.length);
});
