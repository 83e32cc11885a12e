/**
 * Translation status (issue 10 §4): the source hash, the state of a
 * translation, writing and reading the `translation` block, the
 * `npm run translations` table and `--mark`, and that every translated file in
 * the repository records what it was translated from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultLocale } from '@/i18n/locales.ts';
import { translationSchema } from '@/lib/schemas.ts';
import { readRecord, sourceHash, translationState, writeRecord } from '@/lib/translation-status.ts';
import { formatTable, mark, slugOf, translationRows, unrecorded } from '../../scripts/translations.ts';
import { PROJECT } from '../support/project-copy.ts';

const english = '---\ntitle: Get help now\n---\n\nCall the hotline.\n';

test('the source hash changes with the text, not with line endings or trailing spaces', () => {
  const hash = sourceHash(english);
  assert.match(hash, /^[0-9a-f]{16}$/);
  assert.equal(sourceHash(english.replace(/\n/g, '\r\n')), hash);
  assert.equal(sourceHash(english.replace('hotline.', 'hotline.   ') + '\n\n'), hash);
  assert.notEqual(sourceHash(english.replace('Call', 'Phone')), hash);
  assert.notEqual(sourceHash(english.replace('Get help now', 'Get help')), hash, 'frontmatter counts too');
});

test('a translation is up to date, not reviewed, out of date or unrecorded', () => {
  const hash = sourceHash(english);
  assert.equal(translationState(undefined, hash), 'unmarked');
  assert.equal(translationState({ source: hash, reviewed: false }, hash), 'not-reviewed');
  assert.equal(translationState({ source: hash, reviewed: new Date('2026-11-01') }, hash), 'up-to-date');
  assert.equal(translationState({ source: '0000000000000000', reviewed: new Date('2026-11-01') }, hash), 'out-of-date');
  assert.equal(translationState({ source: '0000000000000000', reviewed: false }, hash), 'out-of-date');
});

test('the translation block is added, replaced and read back; the schema accepts it', () => {
  const spanish = '---\ntitle: Pedir ayuda\nlead: Hola\n---\n\nLlame.\n';
  const once = writeRecord(spanish, { source: 'abcdef0123456789', reviewed: false });
  assert.equal(
    once,
    '---\ntitle: Pedir ayuda\nlead: Hola\ntranslation:\n  source: abcdef0123456789\n  reviewed: false\n---\n\nLlame.\n',
  );
  assert.deepEqual(readRecord(once), { source: 'abcdef0123456789', reviewed: false });
  const twice = writeRecord(once, { source: '0123456789abcdef', reviewed: new Date('2026-12-01T00:00:00Z') });
  assert.equal((twice.match(/translation:/g) ?? []).length, 1, 'replaced, not added twice');
  assert.match(
    twice,
    /lead: Hola\ntranslation:\n {2}source: 0123456789abcdef\n {2}reviewed: 2026-12-01\n---\n\nLlame\.\n$/,
  );
  assert.deepEqual(readRecord(twice), { source: '0123456789abcdef', reviewed: new Date('2026-12-01T00:00:00Z') });
  // A block in the middle of the frontmatter is replaced and the keys after it kept.
  const middle = '---\ntitle: A\ntranslation:\n  source: abcdef0123456789\n  reviewed: false\norder: 2\n---\nText\n';
  assert.equal(
    writeRecord(middle, { source: '0123456789abcdef', reviewed: false }),
    '---\ntitle: A\norder: 2\ntranslation:\n  source: 0123456789abcdef\n  reviewed: false\n---\nText\n',
  );
  assert.equal(readRecord('---\ntitle: A\n---\n'), undefined);
  assert.throws(() => writeRecord('No frontmatter', { source: 'abcdef0123456789', reviewed: false }), /frontmatter/);

  assert.ok(translationSchema.safeParse({ source: 'abcdef0123456789', reviewed: false }).success);
  const dated = translationSchema.parse({ source: 'abcdef0123456789', reviewed: new Date('2026-12-01') });
  assert.ok(dated.reviewed instanceof Date);
  assert.equal(translationSchema.safeParse({ source: 'typed by hand', reviewed: false }).success, false);
  assert.equal(translationSchema.safeParse({ source: 'abcdef0123456789', reviewed: true }).success, false);
});

test('post slugs ignore year folders; other slugs keep their path', () => {
  assert.equal(slugOf('posts', '2026/farm-work.mdx'), 'farm-work');
  assert.equal(slugOf('pages', 'get-help.mdx'), 'get-help');
});

test('npm run translations: table of every page × language, and --mark records a fresh hash', () => {
  const root = mkdtempSync(join(tmpdir(), 'translations-'));
  try {
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('content/pages/en/get-help.mdx', english);
    write('content/pages/en/support.mdx', '---\ntitle: Support us\n---\nDonate.\n');
    write('content/pages/es/get-help.mdx', '---\ntitle: Pedir ayuda\n---\nLlame.\n');
    write('content/posts/en/2026/farm-work.mdx', '---\ntitle: Farm work\n---\nText.\n');
    write('content/posts/es/farm-work.mdx', '---\ntitle: Trabajo agrícola\n---\nTexto.\n');

    const state = (collection: string, slug: string) =>
      translationRows(root, ['es']).find((r) => r.collection === collection && r.slug === slug)?.states.es?.state;
    assert.equal(state('pages', 'get-help'), 'unmarked');
    assert.equal(state('pages', 'support'), 'missing');
    assert.equal(state('posts', 'farm-work'), 'unmarked');
    assert.deepEqual(unrecorded(root, ['es']), ['es/pages/get-help', 'es/posts/farm-work']);

    assert.equal(mark(root, 'es/pages/get-help'), join('content', 'pages', 'es', 'get-help.mdx'));
    assert.deepEqual(readRecord(readFileSync(join(root, 'content/pages/es/get-help.mdx'), 'utf8')), {
      source: sourceHash(english),
      reviewed: false,
    });
    assert.equal(state('pages', 'get-help'), 'not-reviewed');
    mark(root, 'es/posts/farm-work', new Date('2026-11-20T00:00:00Z'));
    assert.equal(state('posts', 'farm-work'), 'up-to-date');

    // The English changes: the translation is out of date until it is updated and marked again.
    write('content/pages/en/get-help.mdx', english.replace('Call', 'Phone'));
    assert.equal(state('pages', 'get-help'), 'out-of-date');
    mark(root, 'es/pages/get-help');
    assert.equal(state('pages', 'get-help'), 'not-reviewed');

    const table = formatTable(translationRows(root, ['es']), ['es']);
    assert.match(table, /^page\s+es$/m);
    assert.match(table, /^pages\/get-help\s+not reviewed$/m);
    assert.match(table, /^pages\/support\s+missing$/m);
    assert.match(table, /^posts\/farm-work\s+up to date$/m);
    assert.match(table, /^es: .*1 missing/m);

    assert.throws(() => mark(root, 'es/pages/support'), /No es translation of pages\/support/);
    assert.throws(() => mark(root, 'es/pages/nothing'), /No English file/);
    assert.throws(() => mark(root, `${defaultLocale}/pages/get-help`), /not a translated language/);
    assert.throws(() => mark(root, 'get-help'), /<locale>\/<collection>\/<slug>/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('every translated file in the repository records what it was translated from', () => {
  const unmarked = unrecorded(PROJECT);
  assert.deepEqual(
    unmarked,
    [],
    `Record the English source of each (npm run translations -- --mark-new, or --mark <locale>/<collection>/<slug>): ${unmarked.join(', ')}`,
  );
});
