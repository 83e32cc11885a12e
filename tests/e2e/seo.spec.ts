import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { site } from '../../src/config/site.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localizePath, splitLocalePath } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

const DIST = 'dist';

interface SitemapEntry {
  loc: string;
  alternates: Record<string, string>;
}

/** The sitemap as built (`npm run build`), parsed. */
function readSitemap(): SitemapEntry[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => {
    const body = m[1]!;
    const loc = /<loc>([^<]+)<\/loc>/.exec(body)![1]!;
    const alternates = Object.fromEntries(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [a[1]!, a[2]!]),
    );
    return { loc, alternates };
  });
}

/** Every HTML page Astro built, as a URL path (not 404 pages, not Pagefind's files). */
function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${relative('.', f).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => !p.startsWith('/pagefind/') && !/\/404\/$/.test(p));
}

const sitemap = readSitemap();
const pathOf = (url: string) => new URL(url).pathname;

test('the sitemap index and robots.txt point at the sitemap on the configured site', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain(`Sitemap: ${site.siteUrl}/sitemap-index.xml`);
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  expect(await index.text()).toContain(`<loc>${site.siteUrl}/sitemap-0.xml</loc>`);
});

test('the sitemap lists every built page in both languages, with alternates, and no 404 page', () => {
  const listed = sitemap.map((e) => pathOf(e.loc)).sort();
  expect(listed).toEqual(builtPages().sort());
  expect(listed.some((p) => p.includes('404'))).toBe(false);
  for (const entry of sitemap) {
    expect(entry.loc.startsWith(`${site.siteUrl}/`), entry.loc).toBe(true);
    const neutral = splitLocalePath(pathOf(entry.loc)).path;
    // The page exists in every language, and lists every language as an alternate.
    for (const locale of locales) {
      const expected = `${site.siteUrl}${localizePath(neutral, locale)}`;
      expect(listed, `${neutral} in ${locale}`).toContain(localizePath(neutral, locale));
      expect(entry.alternates[locale], `${entry.loc} → ${locale}`).toBe(expected);
    }
  }
  for (const p of ['/', '/es/', '/campaigns/stockton/', '/es/campaigns/stockton/', '/support/', '/es/get-help/', '/search/']) {
    expect(listed).toContain(p);
  }
});

test('every page has a unique title and description, a canonical URL, Open Graph, Twitter and JSON-LD', async ({ page, request }) => {
  // One visit per page: the time grows with the site.
  test.setTimeout(30_000 + sitemap.length * 5_000);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const images = new Set<string>();
  for (const entry of sitemap) {
    const path = pathOf(entry.loc);
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const head = page.locator('head');
    const meta = (selector: string) => head.locator(selector).getAttribute('content');

    const title = await page.title();
    expect(title.length, path).toBeGreaterThan(10);
    expect(titles.get(title), `title "${title}" on ${path}`).toBeUndefined();
    titles.set(title, path);

    const description = (await meta('meta[name="description"]')) ?? '';
    expect(description.length, path).toBeGreaterThanOrEqual(50);
    expect(descriptions.get(description), `description on ${path}`).toBeUndefined();
    descriptions.set(description, path);

    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical, path).toMatch(new RegExp(`^${site.siteUrl.replace(/[.]/g, '\\.')}/`));
    // A translated page is its own canonical (untranslated fallbacks point at their original).
    if (!(await page.locator('[data-untranslated]').count())) expect(canonical).toBe(entry.loc);

    expect(await meta('meta[property="og:title"]'), path).toBeTruthy();
    expect(await meta('meta[property="og:description"]'), path).toBe(description);
    expect(await meta('meta[property="og:url"]'), path).toBe(canonical);
    expect(await meta('meta[property="og:type"]'), path).toMatch(/^(website|article)$/);
    expect(await meta('meta[property="og:locale"]'), path).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    const image = (await meta('meta[property="og:image"]')) ?? '';
    expect(image.startsWith(`${site.siteUrl}/`), `${path}: ${image}`).toBe(true);
    expect(await meta('meta[property="og:image:width"]'), path).toBe('1200');
    expect(await meta('meta[property="og:image:height"]'), path).toBe('630');
    expect((await meta('meta[property="og:image:alt"]'))?.length ?? 0, path).toBeGreaterThan(10);
    images.add(pathOf(image));

    expect(await meta('meta[name="twitter:card"]'), path).toBe('summary_large_image');
    expect(await meta('meta[name="twitter:title"]'), path).toBeTruthy();
    expect(await meta('meta[name="twitter:description"]'), path).toBe(description);
    expect(await meta('meta[name="twitter:image"]'), path).toBe(image);

    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );
    const org = jsonLd.find((d) => d['@type'] === 'NGO');
    expect(org, path).toMatchObject({ '@context': 'https://schema.org', name: site.organisation.name, url: site.organisation.url });
    const isArticle = (await meta('meta[property="og:type"]')) === 'article';
    const article = jsonLd.find((d) => d['@type'] === 'Article');
    expect(Boolean(article), `${path}: Article JSON-LD iff og:type article`).toBe(isArticle);
    if (article) {
      expect(article).toMatchObject({ url: canonical, image: [image], publisher: { name: site.organisation.name } });
      expect(String(article.datePublished)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await meta('meta[property="article:published_time"]')).toBe(article.datePublished);
    }
  }
  expect(titles.size).toBe(sitemap.length);

  // Every preview image is really there, at the size the tags promise.
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type'], image).toMatch(/^image\/(png|jpeg)$/);
  }
});

test('campaign pages preview their own image, cropped to 1200×630 at build time', async ({ page, request }) => {
  await page.goto('/campaigns/stockton/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/_astro\/stockton-valley\.[^/]+\.jpe?g$/);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /San Joaquin Valley/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  const bytes = await (await request.get(new URL(image!).pathname)).body();
  // JPEG SOF0/SOF2 frame header: height and width as big-endian 16-bit numbers.
  let size: { width: number; height: number } | undefined;
  for (let i = 2; i < bytes.length - 9; i++) {
    if (bytes[i] === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2)) {
      size = { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
      break;
    }
  }
  expect(size).toEqual({ width: 1200, height: 630 });
});
