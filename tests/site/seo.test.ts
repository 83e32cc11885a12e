/**
 * Gate over the built pages' heads (static HTML: no browser needed): every page
 * has a title, a description, a canonical URL, Open Graph, Twitter and JSON-LD,
 * titles and descriptions are unique among pages that are their own canonical
 * version, every preview image is in the build, and the sitemap lists exactly
 * those pages with their alternates. robots.txt and the sitemap index point at
 * the configured site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '@/config/site.ts';
import { localeInfo, locales, localizePath, splitLocalePath } from '@/i18n/index.ts';
import { decodeEntities } from '@/lib/html-entities.ts';
import { DIST, builtHtml, builtPagePaths, fileForPath, readSitemap } from '../support/dist-files.ts';
import { findTags } from '../support/html-links.ts';

const sitemap = readSitemap();
const pathOf = (url: string) => new URL(url).pathname;

/** What a page's head says, read from its built HTML. */
function headOf(path: string) {
  const html = builtHtml(path);
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const metas = findTags(head, ['meta']);
  const meta = (key: 'name' | 'property', value: string) => metas.find((m) => m.attrs[key] === value)?.attrs.content;
  const canonical = findTags(head, ['link']).find((l) => l.attrs.rel === 'canonical')?.attrs.href ?? '';
  const title = decodeEntities(/<title>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
  const untranslatedNote = /<[a-z][^>]*\sdata-untranslated[\s=>]/.test(html);
  return { meta, canonical, title, jsonLd, untranslatedNote };
}

test('robots.txt and the sitemap index point at the sitemap on the configured site', () => {
  assert.match(
    readFileSync(join(DIST, 'robots.txt'), 'utf8'),
    new RegExp(`Sitemap: ${site.siteUrl}/sitemap-index.xml`),
  );
  assert.ok(
    readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8').includes(`<loc>${site.siteUrl}/sitemap-0.xml</loc>`),
    'sitemap index names sitemap-0.xml',
  );
});

test('the sitemap lists every page in every language, with alternates, and no 404 or stand-in page', () => {
  const listed = sitemap.map((e) => pathOf(e.loc)).sort();
  // Every built page that is its own canonical version is listed; pages standing in for a text
  // not yet translated (their canonical is the original) are not.
  const canonicalPages = builtPagePaths().filter((p) => pathOf(headOf(p).canonical) === p);
  assert.deepEqual(listed, canonicalPages.sort());
  assert.equal(
    listed.some((p) => p.includes('404')),
    false,
  );
  for (const entry of sitemap) {
    assert.ok(entry.loc.startsWith(`${site.siteUrl}/`), entry.loc);
    const neutral = splitLocalePath(pathOf(entry.loc)).path;
    // Each listed page names itself and every listed translation as alternates.
    const versions = locales.filter((l) => listed.includes(localizePath(neutral, l)));
    assert.ok(versions.includes(splitLocalePath(pathOf(entry.loc)).locale), entry.loc);
    // (A page in one language only needs no alternates.)
    if (versions.length === 1 && Object.keys(entry.alternates).length === 0) continue;
    for (const locale of locales) {
      assert.equal(
        entry.alternates[locale],
        versions.includes(locale) ? `${site.siteUrl}${localizePath(neutral, locale)}` : undefined,
        `${entry.loc} → ${locale}`,
      );
    }
  }
  // The pages that exist now, in every language, each with every alternate.
  for (const neutral of ['/', '/campaigns/stockton/', '/support/', '/get-help/', '/search/']) {
    for (const locale of locales) {
      const entry = sitemap.find((e) => pathOf(e.loc) === localizePath(neutral, locale));
      assert.ok(entry, `${neutral} in ${locale}`);
      assert.deepEqual(Object.keys(entry.alternates).sort(), [...locales].sort());
    }
  }
});

test('every page has a title, description, canonical URL, Open Graph, Twitter and JSON-LD; titles and descriptions are unique', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const images = new Set<string>();
  const pages = builtPagePaths();
  assert.ok(pages.length > 4);
  for (const path of pages) {
    const { meta, canonical, title, jsonLd, untranslatedNote } = headOf(path);
    assert.ok(canonical.startsWith(`${site.siteUrl}/`), `${path}: ${canonical}`);
    // Stand-ins for untranslated text share the original's title and text, and say so with their canonical.
    const standIn = pathOf(canonical) !== path;
    assert.equal(standIn, untranslatedNote, `${path}: a stand-in iff it shows the untranslated note`);

    assert.ok(title.length > 10, `${path}: title "${title}"`);
    const description = meta('name', 'description') ?? '';
    assert.ok(description.length >= 50, `${path}: description "${description}"`);
    if (!standIn) {
      assert.equal(titles.get(title), undefined, `title "${title}" on ${path}`);
      titles.set(title, path);
      assert.equal(descriptions.get(description), undefined, `description on ${path}`);
      descriptions.set(description, path);
    }

    assert.ok(meta('property', 'og:title'), `${path}: og:title`);
    assert.equal(meta('property', 'og:description'), description, `${path}: og:description`);
    assert.equal(meta('property', 'og:url'), canonical, `${path}: og:url`);
    assert.match(meta('property', 'og:type') ?? '', /^(website|article)$/, `${path}: og:type`);
    assert.equal(meta('property', 'og:locale'), localeInfo[splitLocalePath(path).locale].og, `${path}: og:locale`);
    const image = meta('property', 'og:image') ?? '';
    assert.ok(image.startsWith(`${site.siteUrl}/`), `${path}: ${image}`);
    assert.equal(meta('property', 'og:image:width'), '1200', path);
    assert.equal(meta('property', 'og:image:height'), '630', path);
    assert.ok((meta('property', 'og:image:alt')?.length ?? 0) > 10, `${path}: og:image:alt`);
    images.add(pathOf(image));

    assert.equal(meta('name', 'twitter:card'), 'summary_large_image', path);
    assert.ok(meta('name', 'twitter:title'), `${path}: twitter:title`);
    assert.equal(meta('name', 'twitter:description'), description, `${path}: twitter:description`);
    assert.equal(meta('name', 'twitter:image'), image, `${path}: twitter:image`);

    const org = jsonLd.find((d) => d['@type'] === 'NGO');
    assert.ok(org, `${path}: NGO JSON-LD`);
    assert.equal(org['@context'], 'https://schema.org', path);
    assert.equal(org.name, site.organisation.name, path);
    assert.equal(org.url, site.organisation.url, path);
    const isArticle = meta('property', 'og:type') === 'article';
    const article = jsonLd.find((d) => d['@type'] === 'Article');
    assert.equal(Boolean(article), isArticle, `${path}: Article JSON-LD iff og:type article`);
    if (article) {
      assert.equal(article.url, canonical, path);
      assert.deepEqual(article.image, [image], path);
      assert.equal((article.publisher as { name?: string } | undefined)?.name, site.organisation.name, path);
      assert.match(String(article.datePublished), /^\d{4}-\d{2}-\d{2}T/, path);
      assert.equal(meta('property', 'article:published_time'), article.datePublished, path);
    }
  }
  assert.equal(titles.size, sitemap.length);

  // Every preview image is really in the build, as a PNG or JPEG file.
  for (const image of images) {
    const file = fileForPath(DIST, image);
    assert.ok(file, `${image} is built`);
    const bytes = readFileSync(file);
    const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    assert.ok(png || jpeg, `${image} is a PNG or JPEG`);
    assert.match(image, png ? /\.png$/ : /\.jpe?g$/, `${image}: its name says what it is (the server's content type)`);
  }
});
