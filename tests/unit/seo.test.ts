import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleJsonLd, jsonLdScript, organisationJsonLd } from '@/lib/structured-data.ts';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalOf, robotsTxt, sitemapFilter } from '@/lib/sitemap.ts';
import { site } from '@/config/site.ts';

test('the organisation is an NGO, from the site config', () => {
  const org = organisationJsonLd(site);
  assert.equal(org['@type'], 'NGO');
  assert.equal(org.name, site.organisation.name);
  assert.equal(org.url, site.organisation.url);
  assert.deepEqual(org.potentialAction, { '@type': 'DonateAction', target: site.donateUrl });
});

test('articles carry dates, language and the organisation as publisher and default author', () => {
  const base = {
    headline: 'Is Stockton a hotspot for human trafficking?',
    description: 'd',
    url: 'https://example.org/campaigns/stockton/',
    image: 'https://example.org/og.jpg',
    inLanguage: 'es',
    published: new Date('2026-11-24T00:00:00Z'),
  };
  const a = articleJsonLd(base, site);
  assert.equal(a['@type'], 'Article');
  assert.equal(a.datePublished, '2026-11-24T00:00:00.000Z');
  assert.equal(a.dateModified, '2026-11-24T00:00:00.000Z');
  assert.equal(a.inLanguage, 'es');
  assert.deepEqual(a.author, a.publisher);
  assert.equal((a.publisher as { '@id': string })['@id'], organisationJsonLd(site)['@id']);
  const b = articleJsonLd({ ...base, modified: new Date('2026-12-01T00:00:00Z'), author: 'A. Writer' }, site);
  assert.equal(b.dateModified, '2026-12-01T00:00:00.000Z');
  assert.deepEqual(b.author, { '@type': 'Person', name: 'A. Writer' });
});

test('JSON-LD cannot close its script element early', () => {
  const out = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
  assert.ok(!out.includes('<'));
  assert.deepEqual(JSON.parse(out), { headline: '</script><script>alert(1)</script>' });
});

test('the sitemap leaves out 404 and redirect pages only', () => {
  const keep = sitemapFilter({ redirects: { '/old-page/': '/support/', '/es/vieja': '/es/support/' } });
  assert.equal(keep('https://x.org/'), true);
  assert.equal(keep('https://x.org/es/campaigns/stockton/'), true);
  assert.equal(keep('https://x.org/support/'), true);
  assert.equal(keep('https://x.org/404/'), false);
  assert.equal(keep('https://x.org/es/404/'), false);
  assert.equal(keep('https://x.org/old-page/'), false);
  assert.equal(keep('https://x.org/es/vieja/'), false);
  assert.equal(keep('https://x.org/campaigns/404-reasons/'), true);
});

test('robots.txt points at the sitemap index on the configured site', () => {
  assert.equal(
    robotsTxt('https://campaigns.example.org'),
    'User-agent: *\nAllow: /\n\nSitemap: https://campaigns.example.org/sitemap-index.xml\n',
  );
});

test('pages whose canonical is another page (untranslated stand-ins) stay out of the sitemap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  try {
    const write = (path: string, canonical: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(
        join(dir, path, 'index.html'),
        `<html><head><link rel="canonical" href="${canonical}"></head></html>`,
      );
    };
    write('posts/a', 'https://x.org/posts/a/');
    write('es/posts/a', 'https://x.org/es/posts/a/');
    write('es/posts/only-en', 'https://x.org/posts/only-en/');
    const keep = sitemapFilter({ redirects: {}, outDir: dir });
    assert.equal(keep('https://x.org/posts/a/'), true);
    assert.equal(keep('https://x.org/es/posts/a/'), true);
    assert.equal(keep('https://x.org/es/posts/only-en/'), false);
    assert.equal(keep('https://x.org/not-built-yet/'), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the canonical link is read from a page whatever the attribute order', () => {
  assert.equal(canonicalOf('<link href="https://x.org/a/" rel="canonical">'), 'https://x.org/a/');
  assert.equal(
    canonicalOf('<link rel="alternate" href="https://x.org/es/a/"><link rel=canonical href="https://x.org/a/">'),
    'https://x.org/a/',
  );
  assert.equal(canonicalOf('<link rel="icon" href="/favicon.svg">'), undefined);
});

test('canonicalOf finds what testing every link tag in turn finds', () => {
  const reference = (html: string) => {
    for (const tag of html.match(/<link\b[^>]*>/gi) ?? [])
      if (/\brel=["']?canonical["'\s>]/i.test(tag)) return /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
    return undefined;
  };
  const pages = [
    '<head><LINK REL="Canonical" HREF="/upper/"></head>',
    "<link rel='canonical' href='/single/'>",
    '<link rel=canonical>',
    '<link rel=canonical\nhref="/newline/"><link rel="canonical" href="/second/">',
    '<link rel="canonical-ish" href="/no/"><link data-rel="x" rel="canonical" href="/yes/">',
    '<link rel="canonicalx" href="/no/"><link rel="alternate"><p>rel="canonical" href="/text/"</p>',
    '<link rel="canonical" href="/never-closed/"',
    '<link x="<link rel=canonical href=\'/inner/\'>" rel="canonical" href="/outer/">',
    '<linkrel="canonical" href="/not-a-link/"><link\trel="canonical" href="">',
    '<body><link rel="canonical" href="/in-body/"></body>',
  ];
  for (const html of pages) assert.equal(canonicalOf(html), reference(html), html);
});
