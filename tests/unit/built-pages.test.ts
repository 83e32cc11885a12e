import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgetBuiltPages, readBuiltPage, writeBuiltPage } from '@/lib/built-pages.ts';

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
