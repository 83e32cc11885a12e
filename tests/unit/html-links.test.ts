import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTags, internalPath, pageIds, pageLinks, srcsetUrls } from '../support/html-links.ts';

const html = `<!doctype html><html><head><link rel="canonical" href="https://site.test/a/">
<meta property="og:image" content="https://site.test/og.png"><link rel=stylesheet href=/_astro/x.css></head>
<body><!-- <a href="/commented/"> --><a href="/b/?x=1&amp;y=2#top" id="top">b</a><a href='mailto:x@y.z'>m</a>
<img src="/i.webp" srcset="/i-480.webp 480w, /i-800.webp 800w" alt="x"><a href="https://other.test/">o</a></body></html>`;

test('finds tags and decodes attributes', () => {
  const a = findTags(html, ['a']);
  assert.equal(a.length, 3);
  assert.equal(a[0]!.attrs.href, '/b/?x=1&y=2#top');
  assert.equal(findTags(html, ['link'])[1]!.attrs.href, '/_astro/x.css');
});

test('lists every URL a page uses, skipping comments', () => {
  const urls = pageLinks(html).map((l) => l.url);
  assert.ok(urls.includes('https://site.test/og.png'));
  assert.ok(urls.includes('/i-800.webp'));
  assert.ok(!urls.includes('/commented/'));
  assert.deepEqual(srcsetUrls('/a.webp 1x, /b.webp 2x'), ['/a.webp', '/b.webp']);
});

test('tells internal links from external ones', () => {
  assert.equal(internalPath('/b/', '/es/', 'https://site.test')?.pathname, '/b/');
  assert.equal(internalPath('../x/', '/es/a/', 'https://site.test')?.pathname, '/es/x/');
  assert.equal(internalPath('https://site.test/c/', '/', 'https://site.test')?.pathname, '/c/');
  assert.equal(internalPath('https://other.test/', '/', 'https://site.test'), null);
  assert.equal(internalPath('tel:+18883737888', '/', 'https://site.test'), null);
  assert.ok(pageIds(html).has('top'));
});
