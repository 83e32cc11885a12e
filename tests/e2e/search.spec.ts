import type { Page } from '@playwright/test';
import { builtHtml, builtPages } from './built-site.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

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

test('the header search button opens the search page, which finds the Stockton page first', async ({ page }) => {
  await page.goto('/campaigns/stockton/');
  // On phones the header shows only the button (named "Search"); it is a GET form to /search/.
  await page.getByRole('search', { name: 'Search the site' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/(\?q=)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const field = page.getByRole('main').getByLabel('Words to search for');
  await field.fill('Stockton');
  await field.press('Enter');
  const summary = await searchSummary(page);
  const paths = await resultPaths(page);
  expect(summary).toBe(`${paths.length} results for “Stockton”.`);
  expect(paths.length).toBeGreaterThan(1);
  expect(paths[0]).toBe('/campaigns/stockton/');
  expect(paths.filter((p) => p.startsWith('/es/'))).toEqual([]);
  // The query is kept in the address, so the results can be reloaded or shared.
  await expect(page).toHaveURL(/\/search\/\?q=Stockton$/);
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('typing in the header box and pressing Enter shows results', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search', { name: 'Search the site' }).getByLabel('Words to search for');
    await box.fill('bondage');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=bondage$/);
    await expect(page.getByRole('main').getByLabel('Words to search for')).toHaveValue('bondage');
    await searchSummary(page);
    expect(await resultPaths(page)).toEqual(['/campaigns/stockton/']);
  });
});

test('results have a linked title and an excerpt with the matches marked', async ({ page }) => {
  await page.goto('/search/?q=bondage');
  await expect(page.getByRole('status')).toHaveText('1 result for “bondage”.');
  const result = page.locator('[data-search-list] > li').first();
  await expect(result.getByRole('heading', { level: 3 })).toHaveText('Is Stockton a hotspot for human trafficking?');
  await expect(result.locator('p mark').first()).toHaveText(/bondage/i);
  // Text from the index is inserted as text: only <mark> elements inside the excerpt.
  expect(await result.locator('p *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))])).toEqual(['MARK']);
});

test('Spanish search finds the Spanish page and never an English one', async ({ page }) => {
  await page.goto('/es/search/?q=deudas');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const summary = await searchSummary(page);
  const paths = await resultPaths(page);
  expect(summary).toBe(paths.length === 1 ? '1 resultado para «deudas».' : `${paths.length} resultados para «deudas».`);
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
  await expect(page.getByRole('status')).toHaveText('1 result for “bondage”.');
  await page.goto('/es/search/?q=bondage');
  await expect(page.getByRole('status')).toHaveText('No hay resultados para «bondage».');
  expect(await resultPaths(page)).toEqual([]);
});

test('type filters narrow the results and are kept in the address', async ({ page }) => {
  await page.goto('/search/?q=Stockton');
  await searchSummary(page);
  const all = await resultPaths(page);
  const filters = page.getByRole('group', { name: 'Type of page' });
  await expect(filters).toBeVisible();
  // The filters are the types in the index (campaign pages and other pages exist now).
  await expect(filters.getByRole('checkbox', { name: 'Campaigns' })).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: 'Other pages' })).toBeVisible();
  expect(all).toContain('/campaigns/stockton/');
  expect(all.some((p) => !p.startsWith('/campaigns/'))).toBe(true);

  await filters.getByRole('checkbox', { name: 'Campaigns' }).check();
  await expect(page).toHaveURL(/[?&]type=campaign(&|$)/);
  await expect(page.getByRole('status')).toHaveText('1 result for “Stockton”.');
  expect(await resultPaths(page)).toEqual(['/campaigns/stockton/']);

  await filters.getByRole('checkbox', { name: 'Campaigns' }).uncheck();
  await filters.getByRole('checkbox', { name: 'Other pages' }).check();
  await expect(page).toHaveURL(/[?&]type=page(&|$)/);
  await expect(page.getByRole('status')).toHaveText(`${all.length - 1} results for “Stockton”.`);
  const pagesOnly = await resultPaths(page);
  expect(pagesOnly).not.toContain('/campaigns/stockton/');
  expect(pagesOnly.length).toBe(all.length - 1);

  // Both types: everything again. A shared URL restores the filters.
  await filters.getByRole('checkbox', { name: 'Campaigns' }).check();
  await expect(page.getByRole('status')).toHaveText(`${all.length} results for “Stockton”.`);
  await page.goto('/search/?q=Stockton&type=campaign');
  await expect(page.getByRole('checkbox', { name: 'Campaigns' })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('1 result for “Stockton”.');
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('main').getByLabel('Words to search for').focus();
  await page.keyboard.type('motel');
  await page.keyboard.press('Enter');
  await searchSummary(page);
  await expect(page.getByRole('checkbox', { name: 'Campaigns' })).toBeVisible();
  // Tab onward reaches the filters, then the results.
  await page.keyboard.press('Tab'); // the search button
  await page.keyboard.press('Tab'); // first filter
  await expect(page.getByRole('checkbox', { name: 'Campaigns' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Campaigns' })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('1 result for “motel”.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-search-list] a').first()).toBeFocused();
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
  for (const path of builtPages()) {
    const html = builtHtml(path);
    const main = /<main\b[^>]*>/.exec(html)![0];
    // Pages showing text not yet translated stay out of this language's index.
    const expectIndexed = !/\/search\/$/.test(path) && !html.includes('data-untranslated');
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

test('only the search page loads a script of its own; other pages carry just the quick exit', async ({ page }) => {
  const paths = builtPages().filter((p) => !/\/search\/$/.test(p));
  expect(paths.length).toBeGreaterThanOrEqual(8);
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(r.url());
  });
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const scripts = await page.locator('script').evaluateAll((els) =>
      els.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type') ?? '' })),
    );
    const executable = scripts.filter((s) => s.type !== 'application/ld+json');
    expect(executable, path).toEqual([{ src: null, type: '' }]);
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

for (const path of ['/search/?q=Stockton', '/es/search/?q=trata', '/search/']) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path.includes('q=')) await searchSummary(page);
    await expectNoAxeViolations(page);
  });
}
