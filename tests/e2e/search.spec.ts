import type { Page } from '@playwright/test';
import { builtHtml, builtPagePaths } from '../support/dist-files.ts';
import { localeFromPath } from '@/i18n/index.ts';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';

/** Result links on the search page, in order (paths). */
async function resultPaths(page: Page): Promise<string[]> {
  return page.locator('[data-search-list] h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Wait until the live region reports a finished search, and return its text. */
async function searchSummary(page: Page): Promise<string> {
  const status = page.getByRole('status');
  await expect(status).toHaveText(/results?|resultados?/);
  return (await status.textContent()) ?? '';
}

/** The number of results the live region reports. */
function count(summary: string): number {
  return Number(/^(\d+)/.exec(summary)?.[1] ?? (/^No/.test(summary) ? 0 : NaN));
}

test('the header search button opens the search page, which finds the Stockton page first', async ({ page }) => {
  await page.goto('/campaigns/stockton/');
  // On phones the header shows only the button (named "Search"); it is a GET form to /search/.
  await page.getByRole('search', { name: 'Search the site' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/(\?q=)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const field = page.getByRole('main').getByLabel('Words to search for');
  // "hotspot" is a word of the Stockton page's title; other pages mention it too.
  await field.fill('hotspot');
  await field.press('Enter');
  const summary = await searchSummary(page);
  const paths = await resultPaths(page);
  expect(summary).toMatch(/^\d+ results for “hotspot”\.$/);
  expect(paths.length).toBeGreaterThan(1);
  expect(count(summary)).toBeGreaterThanOrEqual(paths.length);
  expect(paths[0]).toBe('/campaigns/stockton/');
  expect(paths.filter((p) => p.startsWith('/es/'))).toEqual([]);
  // The query is kept in the address, so the results can be reloaded or shared.
  await expect(page).toHaveURL(/\/search\/\?q=hotspot$/);
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('typing in the header box and pressing Enter shows results', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search', { name: 'Search the site' }).getByLabel('Words to search for');
    await box.fill('Backpage');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Backpage$/);
    await expect(page.getByRole('main').getByLabel('Words to search for')).toHaveValue('Backpage');
    await searchSummary(page);
    expect(await resultPaths(page)).toEqual(['/campaigns/stockton/']);
  });
});

test('results have a linked title and an excerpt with the matches marked', async ({ page }) => {
  await page.goto('/search/?q=Backpage');
  await expect(page.getByRole('status')).toHaveText('1 result for “Backpage”.');
  const result = page.locator('[data-search-list] > li').first();
  await expect(result.getByRole('heading', { level: 3 })).toHaveText('Is Stockton a hotspot for human trafficking?');
  await expect(result.locator('p mark').first()).toHaveText(/backpage/i);
  // Text from the index is inserted as text: only <mark> elements inside the excerpt.
  expect(await result.locator('p *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))])).toEqual(['MARK']);
});

test('Spanish search finds the Spanish page and never an English one', async ({ page }) => {
  // "foco" is a word of the Spanish Stockton page's title.
  await page.goto('/es/search/?q=foco');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const summary = await searchSummary(page);
  const paths = await resultPaths(page);
  expect(summary).toBe(paths.length === 1 ? '1 resultado para «foco».' : `${count(summary)} resultados para «foco».`);
  expect(paths[0]).toBe('/es/campaigns/stockton/');
  expect(paths.every((p) => p.startsWith('/es/'))).toBe(true);

  // A broad Spanish word: several results, all Spanish.
  await page.getByRole('main').getByLabel('Palabras que busca').fill('trata');
  await page.getByRole('main').getByRole('button', { name: 'Buscar' }).click();
  await expect(page.getByRole('status')).toHaveText(/^\d+ resultados para «trata»\.$/);
  const broad = await resultPaths(page);
  expect(broad.length).toBeGreaterThan(1);
  expect(broad.every((p) => p.startsWith('/es/'))).toBe(true);

  // An English word found on the English site finds nothing in the Spanish index.
  await page.goto('/search/?q=bondage');
  expect(count(await searchSummary(page))).toBeGreaterThan(0);
  await page.goto('/es/search/?q=bondage');
  await expect(page.getByRole('status')).toHaveText('No hay resultados para «bondage».');
  expect(await resultPaths(page)).toEqual([]);
});

test('type filters narrow the results and are kept in the address', async ({ page }) => {
  await page.goto('/search/?q=Stockton');
  const total = count(await searchSummary(page));
  const filters = page.getByRole('group', { name: 'Type of page' });
  await expect(filters).toBeVisible();
  // The filters are the types in the index: one checkbox per content type.
  const boxes = filters.getByRole('checkbox');
  const names = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
  for (const name of ['Campaigns', 'Posts', 'Warning signs', 'Statistics', 'Other pages']) {
    expect(names.some((n) => n.startsWith(name)), `filter ${name} in ${names.join(', ')}`).toBe(true);
  }

  // Campaign pages only: just the Stockton page.
  await filters.getByRole('checkbox', { name: /^Campaigns/ }).check();
  await expect(page).toHaveURL(/[?&]type=campaign(&|$)/);
  await expect(page.getByRole('status')).toHaveText('1 result for “Stockton”.');
  expect(await resultPaths(page)).toEqual(['/campaigns/stockton/']);
  await filters.getByRole('checkbox', { name: /^Campaigns/ }).uncheck();

  // Each type alone narrows the results; together the types add up to all of them.
  let sum = 0;
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    await box.check();
    const n = count(await searchSummary(page));
    expect(n).toBeLessThan(total);
    sum += n;
    await box.uncheck();
    await expect(page.getByRole('status')).toHaveText(`${total} results for “Stockton”.`);
  }
  expect(sum).toBe(total);

  // A shared URL restores the filters.
  await page.goto('/search/?q=Stockton&type=campaign');
  await expect(page.getByRole('checkbox', { name: /^Campaigns/ })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('1 result for “Stockton”.');
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('main').getByLabel('Words to search for').focus();
  await page.keyboard.type('motel');
  await page.keyboard.press('Enter');
  await searchSummary(page);
  const campaigns = page.getByRole('checkbox', { name: /^Campaigns/ });
  await expect(campaigns).toBeVisible();
  // Tab onward reaches the filters, then the results.
  await page.keyboard.press('Tab'); // the search button
  await page.keyboard.press('Tab'); // first filter
  await expect(campaigns).toBeFocused();
  await page.keyboard.press('Space');
  await expect(campaigns).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('1 result for “motel”.');
  const firstResult = page.locator('[data-search-list] a').first();
  for (let i = 0; i < 10 && !(await firstResult.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstResult).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/campaigns\/stockton\/$/);
});

test('the search page itself is not in the index', async ({ page }) => {
  await page.goto('/search/?q=search');
  await searchSummary(page);
  expect(await resultPaths(page)).not.toContain('/search/');
  await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body', /.*/);
});

test('what is indexed: the main content of translated pages, never the header, footer or quick exit', () => {
  let indexed = 0;
  for (const path of builtPagePaths()) {
    const html = builtHtml(path);
    const main = /<main\b[^>]*>/.exec(html)![0];
    // Pages showing text not yet translated stay out of this language's index, and so do
    // pages that only list or repeat other pages: search, the print card, blog pages 2+, tags and campaign kits.
    const listing = /\/(search|signs\/print|blog\/page\/\d+|blog\/tags\/[^/]+|campaigns\/[^/]+\/kit(\/[a-z]+)?)\/$/.test(path);
    // A stand-in page (text not yet translated) has its canonical in the other language.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const standIn = canonical !== undefined && localeFromPath(new URL(canonical).pathname) !== localeFromPath(path);
    const expectIndexed = !listing && !standIn;
    expect(main.includes('data-pagefind-body'), path).toBe(expectIndexed);
    if (expectIndexed) {
      indexed++;
      expect(main, path).toMatch(/data-pagefind-filter="type:[a-z]+"/);
    }
    for (const tag of [/<header\b[^>]*>/, /<footer\b[^>]*>/, /<aside\b[^>]*class="quick-exit-bar[^>]*>/]) {
      expect(tag.exec(html)?.[0], `${path} ${tag}`).toContain('data-pagefind-ignore="all"');
    }
  }
  expect(indexed).toBeGreaterThanOrEqual(8);
});

test('without JavaScript the search page says so and lists the main sections', async ({ browser }) => {
  for (const [path, message, sections] of [
    ['/search/?q=Stockton', /Search needs JavaScript/, 'Main sections'],
    ['/es/search/?q=trata', /La búsqueda necesita JavaScript/, 'Secciones principales'],
  ] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByText(message)).toBeVisible();
    const nav = page.getByRole('navigation', { name: sections });
    await expect(nav).toBeVisible();
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    const prefix = path.startsWith('/es/') ? '/es/' : '/';
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href?.startsWith(prefix)).toBe(true);
    }
    await expect(page.locator('[data-search-list] li')).toHaveCount(0);
    await context.close();
  }
});

test('only the search page (and a campaign kit’s copy buttons) load a script of their own; other pages carry just the quick exit', async ({ page }) => {
  test.setTimeout(120_000); // it visits every built page
  const paths = builtPagePaths().filter((p) => !/\/search\/$/.test(p));
  expect(paths.length).toBeGreaterThanOrEqual(8);
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(r.url());
  });
  for (const path of paths) {
    await page.goto(path);
    const scripts = await page.locator('script').evaluateAll((els) =>
      els.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type') ?? '' })),
    );
    const executable = scripts.filter((s) => s.type !== 'application/ld+json');
    // A campaign kit's share texts get copy buttons from one small local module (src/scripts/copy-share.ts).
    const copyScript = /\/campaigns\/[^/]+\/kit\/$/.test(path) ? [{ src: expect.stringMatching(/^\/_astro\/ShareTexts\.[^/]+\.js$/), type: 'module' }] : [];
    expect(executable, path).toEqual([...copyScript, { src: null, type: '' }]);
  }
  expect(pagefindRequests).toEqual([]);

  await page.goto('/search/?q=Stockton');
  await searchSummary(page);
  const external = await page.locator('script[src]').evaluateAll((els) => els.map((s) => s.getAttribute('src')));
  expect(external).toHaveLength(1);
  expect(pagefindRequests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('search runs under the Content-Security-Policy without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto('/es/search/?q=trata');
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  await searchSummary(page);
  expect(errors).toEqual([]);
});

// The empty search page is checked with every other page in every-page.spec.ts; these check the results.
for (const path of ['/search/?q=Stockton', '/es/search/?q=trata']) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path.includes('q=')) await searchSummary(page);
    await expectNoAxeViolations(page);
  });
}
