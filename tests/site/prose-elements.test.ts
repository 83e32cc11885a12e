/**
 * Gate: the stylesheet carries typography rules only for the elements prose
 * uses (tailwind.config.cjs, `unstyledProseElements`). If text starts using
 * one of the left-out elements (a table, a quote, code), this fails and names
 * the page, so the element can be taken off that list instead of shipping
 * unstyled.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { publicPages } from '@/lib/built-pages.ts';
import { DIST } from '../support/dist-files.ts';

const { unstyledProseElements } = createRequire(import.meta.url)('../../tailwind.config.cjs') as {
  unstyledProseElements: string[];
};
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Tag names inside `.prose` but not inside `.not-prose`, plus `lead` for a `class="lead"` there. */
function proseElements(html: string): Set<string> {
  const found = new Set<string>();
  const stack: { tag: string; prose: boolean }[] = [];
  for (const [, close, tag, attrs] of html
    .replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const name = tag!.toLowerCase();
    if (close) {
      const at = stack.map((e) => e.tag).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const classes = /\bclass="([^"]*)"/.exec(attrs!)?.[1]?.split(/\s+/) ?? [];
    const inside = stack.at(-1)?.prose ?? false;
    if (inside) {
      found.add(name);
      if (classes.includes('lead')) found.add('lead');
    }
    const prose = classes.includes('not-prose') ? false : classes.includes('prose') || inside;
    if (!VOID.has(name) && !attrs!.trimEnd().endsWith('/')) stack.push({ tag: name, prose });
  }
  return found;
}

test('the prose finder sees elements inside .prose and not inside .not-prose', () => {
  const found = proseElements(
    '<div class="prose x"><p>a <code>b</code></p><hr><div class="not-prose"><table></table></div><p class="lead">c</p></div><pre></pre>',
  );
  assert.deepEqual([...found].sort(), ['code', 'div', 'hr', 'lead', 'p']);
});

test('no built page uses a prose element the stylesheet leaves unstyled', async () => {
  const pages = publicPages(DIST);
  assert.ok(pages.length > 0);
  const misses: string[] = [];
  for (const page of pages) {
    const found = proseElements(await readFile(page.file, 'utf8'));
    for (const element of unstyledProseElements) if (found.has(element)) misses.push(`${page.path}: <${element}>`);
  }
  assert.deepEqual(misses, []);
});
