import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleJsonLd, jsonLdScript, organisationJsonLd } from '../../src/lib/structured-data.ts';
import { robotsTxt, sitemapFilter } from '../../src/lib/sitemap.ts';
import { site } from '../../src/config/site.ts';

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
  const keep = sitemapFilter({ '/old-page/': '/support/', '/es/vieja': '/es/support/' });
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
  assert.equal(robotsTxt('https://campaigns.example.org'), 'User-agent: *\nAllow: /\n\nSitemap: https://campaigns.example.org/sitemap-index.xml\n');
});
