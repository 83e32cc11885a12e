import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { site } from '@/config/site.ts';
import { helpRegions, quotedNumbers } from '@/config/help-lines.ts';
import { POSTS_PER_PAGE } from '@/lib/blog.ts';
import { locales, type Locale } from '@/i18n/index.ts';
import type { UIStrings } from '@/i18n/translate.ts';
import es from '@/i18n/ui/es.ts';
import hmn from '@/i18n/ui/hmn.ts';
import km from '@/i18n/ui/km.ts';
import pa from '@/i18n/ui/pa.ts';
import { expect, test } from '@playwright/test';
import { switchLanguage } from '../support/language-switcher.ts';

/** Posts as files in content/posts (what staff commit), read independently of the site code. */
function contentPosts() {
  const root = join(import.meta.dirname, '../../content/posts');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      const front = text.split('---')[1] ?? '';
      return {
        locale: file.split('/')[0]!,
        slug: file
          .split('/')
          .pop()!
          .replace(/\.mdx$/, ''),
        title: /^title: (.*)$/m.exec(front)![1]!.replace(/^"|"$/g, ''),
        draft: /^draft: true$/m.test(front),
      };
    });
}

/** Follow "Older posts" from the first index page; the post slugs and dates of every page, in order. */
async function walkIndex(page: Page, start: string) {
  const pages: { slugs: string[]; dates: string[] }[] = [];
  let url: string | null = start;
  while (url) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    const slugs = await page
      .locator('main .post-list [data-post]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-post')!));
    const dates = await page
      .locator('main .post-list time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    pages.push({ slugs, dates });
    const older = page.locator('nav.pagination a[rel="next"]');
    url = (await older.count()) ? await older.getAttribute('href') : null;
  }
  return pages;
}

const published = contentPosts().filter((p) => !p.draft);
const slugsIn = (locale: string) => new Set(published.filter((p) => p.locale === locale).map((p) => p.slug));
const allSlugs = new Set(published.map((p) => p.slug));

test('the blog index lists every post once, newest first, ten a page', async ({ page }) => {
  // The real blog fits on one page today; tests/integration/post-lists.test.ts builds a copy with
  // enough posts for many pages (page 2 and later, the pagination bar, paginated tag pages).
  for (const start of ['/blog/', '/es/blog/']) {
    const pages = await walkIndex(page, start);
    const flat = pages.flatMap((p) => p.slugs);
    expect(pages.length).toBe(Math.ceil(allSlugs.size / POSTS_PER_PAGE));
    for (const p of pages.slice(0, -1)) expect(p.slugs.length).toBe(POSTS_PER_PAGE);
    expect(new Set(flat).size).toBe(flat.length);
    expect(new Set(flat)).toEqual(allSlugs);
    // Dates never go up from one card to the next, across pages.
    const dates = pages.flatMap((p) => p.dates);
    expect([...dates].sort().reverse()).toEqual(dates);
  }
  // No pagination bar when every post fits on one page.
  await page.goto('/es/blog/');
  if (allSlugs.size <= POSTS_PER_PAGE) await expect(page.locator('nav.pagination')).toHaveCount(0);
  // The main navigation has the blog, marked current.
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Blog' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

const bothLocales = [
  {
    path: '/blog/food-industry-418-reports/',
    lang: 'en',
    h1: '418 reports of possible exploitation in the food industry',
    intl: 'en-US',
    published: 'Published ',
    reading: /^\d+ min read$/,
  },
  {
    path: '/es/blog/food-industry-418-reports/',
    lang: 'es',
    h1: 'Sector de la alimentación: 418 avisos de posible explotación',
    intl: 'es-US',
    published: 'Publicado el ',
    reading: /^Lectura de \d+ min$/,
  },
];

for (const p of bothLocales) {
  test(`a post in ${p.lang}: text, date, reading time, help lines, share links`, async ({ page }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.h1);
    await expect(page.locator('[data-untranslated]')).toHaveCount(0);
    await expect(page.locator('main')).toHaveAttribute('data-pagefind-filter', 'type:post');
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    // The date is formatted for the language from the machine-readable date.
    const time = page.locator('.post-meta time').first();
    const iso = (await time.getAttribute('datetime'))!;
    const formatted = new Intl.DateTimeFormat(p.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
    await expect(time).toHaveText(p.published + formatted);
    await expect(page.locator('[data-reading-time]')).toHaveText(p.reading);
    // Both versions list each other.
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      /\/blog\/food-industry-418-reports\/$/,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
      'href',
      /\/es\/blog\/food-industry-418-reports\/$/,
    );
    // A post of a UK campaign: the 2018 number as text, and today's UK helpline (not the US hotline), from the config.
    const article = page.locator('article');
    const uk = helpRegions.uk.helpline.call;
    await expect(article).toContainText(quotedNumbers.foodIndustry2018.display);
    await expect(article).toContainText('418');
    await expect(article.locator(`a[href="${uk.href}"]`)).toHaveText(new RegExp(uk.display));
    await expect(page.locator(`a[href="${site.hotline.call.href}"]`)).toHaveCount(0);
    // Share links carry this page's absolute address; nothing is loaded from the sites they point to.
    const url = new URL(p.path, site.siteUrl).href;
    const email = page.locator('a[data-share="email"]');
    expect(new URL((await email.getAttribute('href'))!.replace('mailto:', 'mailto://x')).searchParams.get('body')).toBe(
      url,
    );
    const facebook = await page.locator('a[data-share="facebook"]').getAttribute('href');
    expect(new URL(facebook!).searchParams.get('u')).toBe(url);
    // Previous/next lead to other posts in the same language.
    const neighbour = page.locator('nav.post-nav a').first();
    const href = (await neighbour.getAttribute('href'))!;
    expect(href).toMatch(p.lang === 'en' ? /^\/blog\/[a-z0-9-]+\/$/ : /^\/es\/blog\/[a-z0-9-]+\/$/);
    expect(href).not.toBe(p.path);
    await neighbour.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(p.h1);
  });
}

test('the language switcher on a post goes to its translation', async ({ page }) => {
  await page.goto('/blog/stockton-campaign-introduction/');
  await switchLanguage(page, 'Language', 'Español');
  await expect(page).toHaveURL(/\/es\/blog\/stockton-campaign-introduction\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Le presentamos nuestra campaña en Stockton y el Valle de San Joaquín',
  );
  // The post names its campaign and links to it.
  await page.locator('a[data-campaign-link]').click();
  await expect(page).toHaveURL(/\/es\/campaigns\/stockton\/$/);
});

test('a post not yet translated shows the English text with a note in the page language, never a 404', async ({
  page,
}) => {
  // The first language that still lacks a published post (Spanish has every post today).
  const englishOnlyIn = (locale: Locale) => published.filter((p) => p.locale === 'en' && !slugsIn(locale).has(p.slug));
  const lang = locales.find((l) => l !== 'en' && englishOnlyIn(l).length > 0);
  expect(lang, 'at least one published post exists only in English in some language').toBeDefined();
  const strings: Partial<Record<Locale, UIStrings>> = { es, hmn, km, pa };
  const t = (key: 'translation.missing' | 'blog.untranslated') => strings[lang!]![key];
  for (const post of englishOnlyIn(lang!)) {
    const response = await page.goto(`/${lang}/blog/${post.slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang!);
    const note = page.locator('[data-untranslated]');
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute('lang', lang!);
    await expect(note).toContainText(t('translation.missing'));
    await expect(page.locator('article.post')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
    // Search engines are pointed at the English original only.
    const alternates = page.locator('link[rel="alternate"][hreflang]');
    await expect(alternates).toHaveCount(1);
    await expect(alternates).toHaveAttribute('hreflang', 'en');
    await expect(alternates).toHaveAttribute('href', new URL(`/blog/${post.slug}/`, site.siteUrl).href);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new URL(`/blog/${post.slug}/`, site.siteUrl).href,
    );
    // Its card in that language's index says it is still in English.
    const pages = await walkIndex(page, `/${lang}/blog/`);
    const pageIndex = pages.findIndex(({ slugs }) => slugs.includes(post.slug));
    await page.goto(pageIndex === 0 ? `/${lang}/blog/` : `/${lang}/blog/page/${pageIndex + 1}/`);
    const card = page.locator(`div[data-post="${post.slug}"]`);
    await expect(card.locator('[data-untranslated-badge]')).toHaveText(t('blog.untranslated'));
    await expect(card.getByRole('heading')).toHaveAttribute('lang', 'en');
  }
});

test('tag pages list exactly the posts with that tag, in both languages', async ({ page }) => {
  await page.goto('/blog/healthcare-one-in-five/');
  await page.getByRole('navigation', { name: 'Tags' }).getByRole('link', { name: 'United Kingdom' }).click();
  await expect(page).toHaveURL(/\/blog\/tags\/united-kingdom\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts tagged “United Kingdom”');
  const listed = await page
    .locator('.post-list [data-post]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-post')));
  expect(listed.sort()).toEqual(['food-industry-418-reports', 'healthcare-one-in-five']);
  await page.goto('/es/blog/tags/united-kingdom/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publicaciones sobre «Reino Unido»');
  await expect(page.locator('.post-list [data-post]')).toHaveCount(2);
  // Every tag on the index leads to a page with as many posts as its count says.
  await page.goto('/blog/');
  const tags = await page
    .locator('nav.tag-links a')
    .evaluateAll((els) =>
      els.map((e) => ({ href: e.getAttribute('href')!, count: Number(/\((\d+)\)/.exec(e.textContent!)![1]) })),
    );
  expect(tags.length).toBeGreaterThan(2);
  for (const tag of tags) {
    const response = await page.goto(tag.href);
    expect(response?.status(), tag.href).toBe(200);
    await expect(page.locator('.post-list [data-post]')).toHaveCount(tag.count);
  }
});

test('each campaign page lists its posts', async ({ page }) => {
  await page.goto('/campaigns/stockton/');
  const section = page.locator('section.campaign-posts');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Posts from Stockton and the San Joaquin Valley');
  await expect(section.locator('div[data-post="stockton-campaign-introduction"]')).toHaveCount(1);
  await expect(section.locator('div[data-post="food-industry-418-reports"]')).toHaveCount(0);
  await page.goto('/es/campaigns/stockton/');
  await expect(page.locator('section.campaign-posts h2')).toHaveText(
    'Publicaciones sobre Stockton y el Valle de San Joaquín',
  );
  await page.locator('section.campaign-posts').getByRole('link', { name: 'Le presentamos nuestra campaña' }).click();
  await expect(page).toHaveURL(/\/es\/blog\/stockton-campaign-introduction\/$/);
});

for (const feed of [
  { path: '/rss.xml', locale: 'en' },
  { path: '/es/rss.xml', locale: 'es' },
]) {
  test(`${feed.path} is valid RSS with absolute links to real posts`, async ({ page, request }) => {
    const response = await request.get(feed.path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    await page.goto('/');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const q = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? '';
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        language: q(doc.documentElement, 'language'),
        channelLink: q(doc.getElementsByTagName('channel')[0]!, 'link'),
        items: [...doc.getElementsByTagName('item')].map((item) => ({
          title: q(item, 'title'),
          link: q(item, 'link'),
          guid: q(item, 'guid'),
          pubDate: q(item, 'pubDate'),
        })),
      };
    }, xml);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('rss');
    expect(parsed.version).toBe('2.0');
    expect(parsed.language).toBe(feed.locale);
    expect(parsed.channelLink).toBe(new URL(feed.locale === 'en' ? '/blog/' : '/es/blog/', site.siteUrl).href);
    // Exactly the published posts written in this language.
    const expected = published.filter((p) => p.locale === feed.locale);
    expect(parsed.items.map((i) => i.title).sort()).toEqual(expected.map((p) => p.title).sort());
    for (const item of parsed.items) {
      expect(item.link.startsWith(`${site.siteUrl}/`), item.link).toBe(true);
      expect(item.guid).toBe(item.link);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      const local = await request.get(new URL(item.link).pathname);
      expect(local.status(), item.link).toBe(200);
    }
    // Blog pages point feed readers at the feed.
    await page.goto(feed.locale === 'en' ? '/blog/' : '/es/blog/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      new URL(feed.path, site.siteUrl).href,
    );
  });
}

test('drafts are not published anywhere', async ({ page, request }) => {
  const drafts = contentPosts().filter((p) => p.draft);
  expect(drafts.length, 'the content has a draft to check').toBeGreaterThan(0);
  const places = [
    '/blog/',
    '/es/blog/',
    ...(await walkIndex(page, '/blog/')).slice(1).map((_, i) => `/blog/page/${i + 2}/`),
    '/rss.xml',
    '/es/rss.xml',
    '/sitemap-0.xml',
    '/campaigns/stockton/',
  ];
  const texts = await Promise.all(places.map(async (p) => (await request.get(p)).text()));
  for (const draft of drafts) {
    for (const prefix of ['', '/es']) {
      const response = await request.get(`${prefix}/blog/${draft.slug}/`);
      expect(response.status(), `${prefix}/blog/${draft.slug}/`).toBe(404);
    }
    texts.forEach((text, i) => {
      expect(text.includes(draft.slug), `${draft.slug} in ${places[i]}`).toBe(false);
      expect(text.includes(draft.title), `${draft.title} in ${places[i]}`).toBe(false);
    });
  }
});

// axe, requests to other hosts, CSP and storage are checked on every built page in every-page.spec.ts.

test('a quotation shows the marks its text has, in its language, and none drawn around the speaker', async ({
  page,
}) => {
  for (const [path, open, close] of [
    ['/blog/healthcare-one-in-five/', '“', '”'],
    ['/es/blog/healthcare-one-in-five/', '«', '»'],
  ] as const) {
    await page.goto(path);
    const quote = page.locator('.prose blockquote').first();
    const paragraphs = quote.locator('p');
    await expect(paragraphs).toHaveCount(2);
    // The quoted words carry the text's own marks (Spanish puts the full stop after »); the last
    // paragraph is who said it.
    expect((await paragraphs.first().innerText()).trim()).toMatch(new RegExp(`^${open}.*${close}\\.?$`, 's'));
    expect(await paragraphs.last().innerText()).toMatch(/^Kevin Hyland/);
    const drawn = await quote.evaluate((q) =>
      [...q.querySelectorAll('p')].flatMap((p) =>
        ['::before', '::after'].map((pseudo) => getComputedStyle(p, pseudo).content),
      ),
    );
    expect(drawn.every((content) => content === 'none' || content === 'normal')).toBe(true);
  }
});
