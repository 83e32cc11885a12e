/**
 * "A changed English source makes its translations show the 'English updated'
 * note" (issue 10 §4): in a temporary copy of the project (outside Git, so the
 * date comes from the English `updated` field), change the English "Get help"
 * page after its Spanish translation was marked, build, and read the pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astro, withProjectCopy } from '../support/project-copy.ts';

const html = (dir: string, path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
const note = (page: string) => /<p\b[^>]*data-translation-status="([^"]+)"[^>]*>([\s\S]*?)<\/p>/.exec(page);

test('a translation whose English source changed says so, with the date and a link to the English', async () => {
  await withProjectCopy('translation-status-', (dir) => {
    const file = join(dir, 'content/pages/en/get-help.mdx');
    const english = readFileSync(file, 'utf8');
    assert.match(
      readFileSync(join(dir, 'content/pages/es/get-help.mdx'), 'utf8'),
      /translation:\n {2}source: [0-9a-f]{16}\n {2}reviewed: false/,
    );
    const changed = english
      .replace(/^updated: .*\n/m, '')
      .replace(/^---\n/, '---\nupdated: 2026-12-01\n')
      .replace(/\n---\n/, '\n---\n\nA sentence added to the English after the translation was made.\n');
    writeFileSync(file, changed);
    // A stand-in that does not depend on which posts are translated today: drop one post's Spanish file in the copy.
    rmSync(join(dir, 'content/posts/es/browse-this-site-safely.mdx'), { force: true });

    const { status, output } = astro(dir, ['build'], 300_000);
    assert.equal(status, 0, output);

    const spanish = note(html(dir, 'es/get-help/index.html'));
    assert.ok(spanish, 'the Spanish Get help page has a translation note');
    assert.equal(spanish[1], 'out-of-date');
    assert.match(spanish[0], /lang="es"/);
    assert.match(spanish[2], /La versión en inglés de esta página se actualizó el 1 de diciembre de 2026/);
    assert.match(spanish[2], /<a href="\/get-help\/" hreflang="en"[^>]*>Leer la versión en inglés<\/a>/);
    assert.match(spanish[2], /Ningún hablante nativo ha revisado todavía esta traducción\./);

    // A translation whose English did not change only says it is not reviewed.
    const support = note(html(dir, 'es/support/index.html'));
    assert.ok(support);
    assert.equal(support[1], 'not-reviewed');
    assert.doesNotMatch(support[2], /data-english-updated/);
    // English pages and stand-ins carry no translation note.
    assert.equal(note(html(dir, 'get-help/index.html')), null);
    assert.equal(note(html(dir, 'es/blog/browse-this-site-safely/index.html')), null);
  });
});
