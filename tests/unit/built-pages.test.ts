import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  editBuiltPage,
  forgetBuiltPages,
  markupOf,
  markupText,
  readBuiltMarkup,
  readBuiltPage,
  scannableAsBytes,
  writeBuiltPage,
} from '@/lib/built-pages.ts';
import { collectUsedNames } from '@/lib/css-prune.ts';
import { canonicalOf } from '@/lib/sitemap.ts';
import { markupViolations, pageViolations } from '@/integrations/security-headers.ts';

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
    // Non-ASCII text before the edits: their places in the file are counted in bytes, not characters. The
    // first page is read as bytes, the second (its à has a byte 0xA0) as text.
    for (const title of ['ទំព័រ — página', 'à la page — ទំព័រ']) {
      const page = `<title>${title}</title><link rel="stylesheet" href="/_astro/a.AAAA.css"><link rel="stylesheet" href="/_astro/b.BBBB.css"><p>é</p>`;
      const cases = (text: string) => {
        const first = text.indexOf('<link');
        const second = text.indexOf('<link', first + 1);
        const end = text.indexOf('<p>');
        return [
          // Same length: written in place.
          [{ start: first, end: second, text: '<link rel="stylesheet" href="/_astro/a.CCCC.css">' }],
          [
            { start: first + 36, end: first + 40, text: 'DDDD' },
            { start: second + 36, end: second + 40, text: 'EEEE' },
          ],
          // Same number of characters, more bytes; one with a byte 0xA0; and a link removed: the whole page is written.
          [{ start: first + 36, end: first + 40, text: 'ÉÉÉÉ' }],
          [{ start: first + 36, end: first + 40, text: 'àààà' }],
          [
            { start: first, end: second, text: '<link rel="stylesheet" href="/_astro/a.FFFF.css">' },
            { start: second, end, text: '' },
          ],
        ];
      };
      writeFileSync(file, page);
      assert.equal(readBuiltMarkup(file).bytes, !title.includes('à'));
      for (const [n, edits] of cases(readBuiltMarkup(file).text).entries()) {
        writeFileSync(file, page);
        assert.equal(readBuiltPage(file), page);
        const markup = readBuiltMarkup(file);
        editBuiltPage(file, edits, n % 2 ? markup : undefined);
        let expected = page;
        for (const { start, end: stop, text } of [...cases(page)[n]!].reverse())
          expected = expected.slice(0, start) + text + expected.slice(stop);
        assert.equal(readFileSync(file, 'utf8'), expected);
        assert.equal(readBuiltPage(file), expected, 'the next reader gets the edited text');
        assert.deepEqual(readBuiltMarkup(file), markupOf(readFileSync(file)), 'and the markup of the new bytes');
      }
    }
  } finally {
    forgetBuiltPages();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page is read as bytes unless a search could find another place in its bytes than in its text', () => {
  // Every character that `\s` matches beyond ASCII, and every character with a byte 0xA0, makes a page
  // read as text; any other character does not.
  const wrong: string[] = [];
  for (let c = 0x80; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const bytes = Buffer.from(`<p class="a">${String.fromCharCode(c)}</p>`);
    if (scannableAsBytes(bytes) === (/\s/.test(String.fromCharCode(c)) || bytes.includes(0xa0)))
      wrong.push(c.toString(16));
  }
  assert.deepEqual(wrong, []);
  assert.equal(scannableAsBytes(Buffer.from('<p>\u{1F600} ok</p>')), true);
  assert.equal(scannableAsBytes(Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0x3c])), false, 'not UTF-8');
});

test('the steps after the build find the same in a page read as bytes as in its text', () => {
  const quickExit = 'document.x=1';
  const allowed = new Set([quickExit, 'ទំ “script”']);
  const meta = "default-src 'none'";
  const head = `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;"><link rel="canonical" href="https://x.org/ទំ/é/">`;
  const pages = [
    `${head}<p class="a é ទំ b&amp;c">’</p><script>${quickExit}</script>`,
    `${head}<script>ទំ “script”</script><p>—</p>`,
    `${head}<script>ទំ “other”</script><p>—</p>`,
    `${head}<button ទonclick="x()">x</button><a href="javascript:x()">ក</a>`,
    `${head}<button\u00a0onclick="x()">à</button>`,
    `${head}<button\u2003onclick="x()">—</button><p class\u3000=\u3000"q">x</p>`,
    `${head}<p data-x="ហonclick=1" class="ហ z">x</p>`,
    `<link rel=canonical\u00a0href="https://x.org/a/"><p>—</p>`,
    `<link rel="canonical"\u2028href="https://x.org/a/"><p>—</p>`,
    `<meta http-equiv="refresh" content="0;url=/ទ/">`,
  ];
  for (const page of pages) {
    const markup = markupOf(Buffer.from(page));
    assert.equal(markupText(markup, markup.text), page);
    const found = canonicalOf(markup.text);
    assert.equal(found && markupText(markup, found), canonicalOf(page), page);
    assert.deepEqual(
      collectUsedNames(markup.text, undefined, (part) => markupText(markup, part)),
      collectUsedNames(page),
      page,
    );
    assert.deepEqual(markupViolations(markup, allowed, meta), pageViolations(page, allowed, meta), page);
  }
  assert.deepEqual(
    pages.map((p) => markupOf(Buffer.from(p)).bytes),
    [true, true, true, true, false, false, false, false, false, true],
  );
});
