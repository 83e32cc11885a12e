import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeRegExp, markdownModulesIn } from '@/lib/regexp.ts';

test('an escaped text matches itself only, whatever characters it holds', () => {
  const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
  assert.ok(new RegExp(`^${escapeRegExp(text)}$`).test(text));
  assert.ok(!new RegExp(`^${escapeRegExp('a.b')}$`).test('aXb'));
});

test('the content modules are the Markdown and MDX files under the folder, with or without a query, and nothing else', () => {
  const content = markdownModulesIn('/site (2).v1/content/');
  for (const id of [
    '/site (2).v1/content/posts/en/a.mdx',
    '/site (2).v1/content/posts/en/2026/a.mdx?astroContentRender',
    '/site (2).v1/content/pages/es/b.md',
  ])
    assert.ok(content.test(id), id);
  for (const id of [
    '/site (2)Xv1/content/posts/en/a.mdx',
    '/other/site (2).v1/content/posts/en/a.mdx',
    '/site (2).v1/src/content/a.mdx',
    '/site (2).v1/content/images/a.jpg',
    '/site (2).v1/content/images/a.jpg?name.mdx',
    '/site (2).v1/content/posts/en/a.mdxx',
    '/site (2).v1/src/pages/index.astro',
  ])
    assert.ok(!content.test(id), id);
  // Windows paths: Vite's module ids use forward slashes.
  assert.ok(markdownModulesIn('C:\\site\\content\\').test('C:/site/content/posts/en/a.mdx'));
});
