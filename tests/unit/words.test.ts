import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeInfo } from '@/i18n/index.ts';
import { WORD_SEPARATOR, indexedHtml, joinWords, separateWords } from '@/lib/words.ts';

const title = 'តើក្រុងស្តុកតុនជាតំបន់ក្តៅនៃការជួញដូរមនុស្សឬទេ?';
const scriptOf = (lang: string) => (lang === 'km' ? 'Khmr' : undefined);

test('Khmer is the language whose words search splits itself', () => {
  assert.equal(localeInfo.km.unspacedScript, 'Khmr');
  for (const code of ['en', 'es', 'hmn', 'pa'] as const) assert.equal(localeInfo[code].unspacedScript, undefined);
});

test('separateWords puts a separator between Khmer words and changes nothing else', () => {
  const separated = separateWords(title, 'km', 'Khmr');
  const words = separated.replace('?', '').split(WORD_SEPARATOR);
  // "trafficking" and "human" become words of their own; the words put back together are the title.
  assert.ok(words.includes('ជួញដូរ'), separated);
  assert.ok(words.includes('មនុស្ស'), separated);
  assert.ok(words.length >= 8, separated);
  assert.equal(separated.replaceAll(WORD_SEPARATOR, ''), title);
  // Spaces, punctuation, digits and other scripts stay as they were.
  const mixed = 'Call 1-888-373-7888 (ការជួញដូរ) now.';
  assert.equal(separateWords(mixed, 'km', 'Khmr').replaceAll(WORD_SEPARATOR, ''), mixed);
  assert.equal(separateWords('Human trafficking, in Stockton.', 'km', 'Khmr'), 'Human trafficking, in Stockton.');
  assert.doesNotMatch(separateWords('ការ ជួញដូរ', 'km', 'Khmr'), new RegExp(` ${WORD_SEPARATOR}|${WORD_SEPARATOR} `));
});

test('joinWords takes the separators out of an excerpt, marks included, and keeps other spaces', () => {
  assert.equal(joinWords('ការ <mark>ជួញដូរ</mark> មនុស្ស នៅ', 'Khmr'), 'ការ<mark>ជួញដូរ</mark>មនុស្សនៅ');
  assert.equal(joinWords(`ការ${WORD_SEPARATOR}ជួញដូរ`, 'Khmr'), 'ការជួញដូរ');
  assert.equal(joinWords('ស្តុកតុន Stockton 2019 ក្រុង', 'Khmr'), 'ស្តុកតុន Stockton 2019 ក្រុង');
  assert.equal(joinWords('ឬទេ? ការ', 'Khmr'), 'ឬទេ? ការ');
  // The space after a Khmer full stop (។) ends a sentence: it stays.
  assert.equal(joinWords('នៅ ឡើយ ទេ។ របៀប សម្គាល់', 'Khmr'), 'នៅឡើយទេ។ របៀបសម្គាល់');
});

test('indexedHtml separates the words of a Khmer page’s text, not its attributes, and leaves other pages alone', () => {
  const km = `<html lang="km"><head><title>${title}</title></head><body><img alt="ការជួញដូរ"><main>${title}</main></body></html>`;
  const indexed = indexedHtml(km, scriptOf);
  assert.ok(indexed.includes(`<img alt="ការជួញដូរ">`), indexed);
  assert.equal(
    indexed.split(WORD_SEPARATOR).length,
    separateWords(title, 'km', 'Khmr').split(WORD_SEPARATOR).length * 2 - 1,
  );
  assert.equal(indexed.replaceAll(WORD_SEPARATOR, ''), km);
  const en = '<html lang="en"><body><main>ការជួញដូរ human trafficking</main></body></html>';
  assert.equal(indexedHtml(en, scriptOf), en);
});
