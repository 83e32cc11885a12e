import { site } from '@/config/site.ts';
import { localeInfo, locales, localizePath, splitLocalePath } from '@/i18n/index.ts';
import { builtHtml, builtPagePaths, readSitemap } from '../support/dist-files.ts';
import { expect, test } from '@playwright/test';

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

/** The canonical link a built page declares. */
function canonicalIn(path: string): string {
  return /<link rel="canonical" href="([^"]+)"/.exec(builtHtml(path))![1]!;
}

test('the sitemap lists every page in both languages, with alternates, and no 404 or stand-in page', () => {
  const listed = sitemap.map((e) => pathOf(e.loc)).sort();
  // Every built page that is its own canonical version is listed; pages standing in for a text
  // not yet translated (their canonical is the original) are not.
  const canonicalPages = builtPagePaths().filter((p) => pathOf(canonicalIn(p)) === p);
  expect(listed).toEqual(canonicalPages.sort());
  expect(listed.some((p) => p.includes('404'))).toBe(false);
  for (const entry of sitemap) {
    expect(entry.loc.startsWith(`${site.siteUrl}/`), entry.loc).toBe(true);
    const neutral = splitLocalePath(pathOf(entry.loc)).path;
    // Each listed page names itself and every listed translation as alternates.
    const versions = locales.filter((l) => listed.includes(localizePath(neutral, l)));
    expect(versions, entry.loc).toContain(splitLocalePath(pathOf(entry.loc)).locale);
    // (A page in one language only needs no alternates.)
    if (versions.length === 1 && Object.keys(entry.alternates).length === 0) continue;
    for (const locale of locales) {
      expect(entry.alternates[locale], `${entry.loc} → ${locale}`).toBe(
        versions.includes(locale) ? `${site.siteUrl}${localizePath(neutral, locale)}` : undefined,
      );
    }
  }
  // The pages that exist now, in both languages, each with both alternates.
  for (const neutral of ['/', '/campaigns/stockton/', '/support/', '/get-help/', '/search/']) {
    for (const locale of locales) {
      const entry = sitemap.find((e) => pathOf(e.loc) === localizePath(neutral, locale));
      expect(entry, `${neutral} in ${locale}`).toBeDefined();
      expect(Object.keys(entry!.alternates).sort()).toEqual([...locales].sort());
    }
  }
});

test('every page has a title, description, canonical URL, Open Graph, Twitter and JSON-LD; titles and descriptions are unique', async ({
  page,
  request,
}) => {
  const pages = builtPagePaths();
  // One visit per page: the time grows with the site.
  test.setTimeout(30_000 + pages.length * 5_000);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const images = new Set<string>();
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const head = page.locator('head');
    const meta = (selector: string) => head.locator(selector).getAttribute('content');
    const canonical = (await head.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(canonical.startsWith(`${site.siteUrl}/`), `${path}: ${canonical}`).toBe(true);
    // Stand-ins for untranslated text share the original's title and text, and say so with their canonical.
    const standIn = pathOf(canonical) !== path;
    expect(standIn, path).toBe((await page.locator('[data-untranslated]').count()) > 0);

    const title = await page.title();
    expect(title.length, path).toBeGreaterThan(10);
    const description = (await meta('meta[name="description"]')) ?? '';
    expect(description.length, path).toBeGreaterThanOrEqual(50);
    if (!standIn) {
      expect(titles.get(title), `title "${title}" on ${path}`).toBeUndefined();
      titles.set(title, path);
      expect(descriptions.get(description), `description on ${path}`).toBeUndefined();
      descriptions.set(description, path);
    }

    expect(await meta('meta[property="og:title"]'), path).toBeTruthy();
    expect(await meta('meta[property="og:description"]'), path).toBe(description);
    expect(await meta('meta[property="og:url"]'), path).toBe(canonical);
    expect(await meta('meta[property="og:type"]'), path).toMatch(/^(website|article)$/);
    expect(await meta('meta[property="og:locale"]'), path).toBe(localeInfo[splitLocalePath(path).locale].og);
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
    expect(org, path).toMatchObject({
      '@context': 'https://schema.org',
      name: site.organisation.name,
      url: site.organisation.url,
    });
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

  // Every preview image is really there.
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type'], image).toMatch(/^image\/(png|jpeg)$/);
  }
});

test('campaign pages preview their own image with their title, 1200×630, drawn at build time', async ({
  page,
  request,
}) => {
  await page.goto('/campaigns/stockton/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/campaigns\/stockton\/og\.jpg$/);
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
