import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editBuiltPage, forgetBuiltPages, readBuiltPage, writeBuiltPage } from '@/lib/built-pages.ts';

test('the steps after the build read a page once, and never get its old text after it changed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'built-pages-'));
  try {
    const file = join(dir, 'index.html');
    writeFileSync(file, '<p>one</p>');
    assert.equal(readBuiltPage(file), '<p>one</p>');
    // Written through writeBuiltPage: the next reader gets the new text.
    writeBuiltPage(file, '<p>two</p>');
    assert.equal(readBuiltPage(file), '<p>two</p>');
    // Changed by something else (same length; then with an old modification time): read again.
    writeFileSync(file, '<p>six</p>');
    assert.equal(readBuiltPage(file), '<p>six</p>');
    writeFileSync(file, '<p>ten</p>');
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    assert.equal(readBuiltPage(file), '<p>ten</p>');
    forgetBuiltPages();
    assert.equal(readBuiltPage(file), '<p>ten</p>');
  } finally {
    forgetBuiltPages();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('editing a page writes the same file whether the edit keeps its length (in place) or not (whole page)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'built-pages-'));
  try {
    const file = join(dir, 'index.html');
    // Non-ASCII text before the edits: their places in the file are counted in bytes, not characters.
    const page =
      '<title>ទំព័រ — página</title><link rel="stylesheet" href="/_astro/a.AAAA.css"><link rel="stylesheet" href="/_astro/b.BBBB.css"><p>é</p>';
    const first = page.indexOf('<link');
    const second = page.indexOf('<link', first + 1);
    const end = page.indexOf('<p>');
    const cases = [
      // Same length: written in place.
      [{ start: first, end: second, text: '<link rel="stylesheet" href="/_astro/a.CCCC.css">' }],
      [
        { start: first + 36, end: first + 40, text: 'DDDD' },
        { start: second + 36, end: second + 40, text: 'EEEE' },
      ],
      // Same number of characters, more bytes; and a link removed: the whole page is written.
      [{ start: first + 36, end: first + 40, text: 'ÉÉÉÉ' }],
      [
        { start: first, end: second, text: '<link rel="stylesheet" href="/_astro/a.FFFF.css">' },
        { start: second, end, text: '' },
      ],
    ];
    for (const edits of cases) {
      writeFileSync(file, page);
      assert.equal(readBuiltPage(file), page);
      editBuiltPage(file, edits);
      let expected = page;
      for (const { start, end: stop, text } of [...edits].reverse())
        expected = expected.slice(0, start) + text + expected.slice(stop);
      assert.equal(readFileSync(file, 'utf8'), expected);
      assert.equal(readBuiltPage(file), expected, 'the next reader gets the edited text');
    }
  } finally {
    forgetBuiltPages();
    rmSync(dir, { recursive: true, force: true });
  }
});
