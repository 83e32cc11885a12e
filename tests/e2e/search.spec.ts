import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { ANNOUNCE_DELAY_MS, TYPING_DEBOUNCE_MS } from '@/lib/search.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

/** Result links on the search page, in order (paths). */
async function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-list] h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Wait until the live region reports the finished search for these words, and return its text. */
async function searchSummary(page: Page, words: string): Promise<string> {
  const status = page.getByRole('status');
  const quoted = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(status).toHaveText(new RegExp(`(results?|resultados?) (for “|para «)${quoted}(”|»)\\.$`));
  return (await status.textContent()) ?? '';
}

/** The number of results the live region reports. */
function count(summary: string): number {
  return Number(/^(\d+)/.exec(summary)?.[1] ?? (/^No/.test(summary) ? 0 : NaN));
}

/** Open a search page and search for words as a reader does: type them, press Enter. */
async function searchFor(page: Page, words: string, path = '/search/') {
  if (new URL(page.url(), 'http://x').pathname !== path) await page.goto(path);
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill(words);
  await box.press('Enter');
}

/** The address holds no query string or fragment: typed words and filters never reach it. */
async function expectCleanAddress(page: Page, path: string) {
  const url = new URL(page.url());
  expect(`${url.pathname}${url.search}${url.hash}`).toBe(path);
}

test('the header search link opens the search page with the box focused; results follow typing', async ({ page }) => {
  await page.goto('/campaigns/stockton/');
  // On phones the header shows only the icon (named "Search"); it is a plain link, not a form.
  await page.locator('header').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const field = page.getByRole('main').getByLabel('Words to search for');
  await expect(field).toBeFocused();
  // "hotspot" is a word of the Stockton page's title; other pages mention it too. No Enter:
  // results appear as the words are typed.
  await page.keyboard.type('hotspot', { delay: 40 });
  await expect(page.locator('[data-search-list] h3 a').first()).toHaveAttribute('href', '/campaigns/stockton/');
  const summary = await searchSummary(page, 'hotspot');
  const paths = await resultPaths(page);
  expect(summary).toMatch(/^\d+ results for “hotspot”\.$/);
  expect(paths.length).toBeGreaterThan(1);
  expect(count(summary)).toBeGreaterThanOrEqual(paths.length);
  expect(paths[0]).toBe('/campaigns/stockton/');
  expect(paths.filter((p) => p.startsWith('/es/'))).toEqual([]);
  // The words never reach the address.
  await expectCleanAddress(page, '/search/');
});

test('an old link with ?q= and ?type= runs no search and loses its query string', async ({ page }) => {
  await page.goto('/search/?q=Backpage&type=campaign');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'ready');
  await expectCleanAddress(page, '/search/');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: /^Campaigns/ })).not.toBeChecked();
  await expect(page.locator('[data-search-list] li')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('');
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('the header shows a labelled search link and no text box', async ({ page }) => {
    await page.goto('/');
    const header = page.locator('header');
    await expect(header.getByRole('link', { name: 'Search' })).toBeVisible();
    await expect(header.getByRole('textbox')).toHaveCount(0);
    await expect(header.getByRole('searchbox')).toHaveCount(0);
    await header.getByRole('link', { name: 'Search' }).click();
    await expect(page.getByRole('main').getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('Backpage');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('1 result for “Backpage”.');
    expect(await resultPaths(page)).toEqual(['/campaigns/stockton/']);
    await expectCleanAddress(page, '/search/');
  });
});

test('results have a linked title and an excerpt with the matches marked', async ({ page }) => {
  await searchFor(page, 'Backpage');
  await expect(page.getByRole('status')).toHaveText('1 result for “Backpage”.');
  const result = page.locator('[data-search-list] > li').first();
  await expect(result.getByRole('heading', { level: 3 })).toHaveText('Is Stockton a hotspot for human trafficking?');
  await expect(result.locator('p mark').first()).toHaveText(/backpage/i);
  // Text from the index is inserted as text: only <mark> elements inside the excerpt.
  expect(await result.locator('p *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))])).toEqual(['MARK']);
});

test('Spanish search finds the Spanish page and never an English one', async ({ page }) => {
  // "foco" is a word of the Spanish Stockton page's title.
  await page.goto('/es/search/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await searchFor(page, 'foco', '/es/search/');
  const summary = await searchSummary(page, 'foco');
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
  await searchFor(page, 'bondage');
  expect(count(await searchSummary(page, 'bondage'))).toBeGreaterThan(0);
  await searchFor(page, 'bondage', '/es/search/');
  await expect(page.getByRole('status')).toHaveText('No hay resultados para «bondage».');
  expect(await resultPaths(page)).toEqual([]);
});

test('type filters narrow the results and stay out of the address', async ({ page }) => {
  await searchFor(page, 'Stockton');
  const total = count(await searchSummary(page, 'Stockton'));
  const filters = page.getByRole('group', { name: 'Type of page' });
  await expect(filters).toBeVisible();
  // The filters are the types in the index: one checkbox per content type.
  const boxes = filters.getByRole('checkbox');
  const names = await boxes.evaluateAll((els) =>
    els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
  );
  for (const name of ['Campaigns', 'Posts', 'Warning signs', 'Statistics', 'Other pages']) {
    expect(
      names.some((n) => n.startsWith(name)),
      `filter ${name} in ${names.join(', ')}`,
    ).toBe(true);
  }

  // Campaign pages only: just the Stockton page.
  await filters.getByRole('checkbox', { name: /^Campaigns/ }).check();
  await expect(page.getByRole('status')).toHaveText('1 result for “Stockton”.');
  await expectCleanAddress(page, '/search/');
  expect(await resultPaths(page)).toEqual(['/campaigns/stockton/']);
  await filters.getByRole('checkbox', { name: /^Campaigns/ }).uncheck();
  const all = `${total} results for “Stockton”.`;
  await expect(page.getByRole('status')).toHaveText(all);

  // Each type alone narrows the results; together the types add up to all of them.
  let sum = 0;
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    await box.check();
    // The count changes once the narrowed results are in.
    await expect(page.getByRole('status')).not.toHaveText(all);
    const n = count(await searchSummary(page, 'Stockton'));
    expect(n).toBeLessThan(total);
    sum += n;
    await box.uncheck();
    await expect(page.getByRole('status')).toHaveText(all);
  }
  expect(sum).toBe(total);
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  // The box has the focus on arrival.
  await expect(page.getByRole('main').getByLabel('Words to search for')).toBeFocused();
  await page.keyboard.type('motel');
  await page.keyboard.press('Enter');
  await searchSummary(page, 'motel');
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
  await searchFor(page, 'search');
  await searchSummary(page, 'search');
  expect(await resultPaths(page)).not.toContain('/search/');
  await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body', /.*/);
});

test('without JavaScript the search page says so, lists the main sections, and typing sends nothing', async ({
  browser,
}) => {
  for (const [path, message, sections, label] of [
    ['/search/', /Search needs JavaScript/, 'Main sections', 'Words to search for'],
    ['/es/search/', /La búsqueda necesita JavaScript/, 'Secciones principales', 'Palabras que busca'],
  ] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByText(message)).toBeVisible();
    // Enter in the box and the button go nowhere: there is no form to send the words.
    await page.getByRole('main').getByLabel(label).fill('Stockton');
    await page.getByRole('main').getByLabel(label).press('Enter');
    await page
      .getByRole('main')
      .getByRole('button', { name: /^(Search|Buscar)$/ })
      .click();
    await expectCleanAddress(page, path);
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

// Which scripts each built page carries is checked on the built files (tests/site/scripts.test.ts), and
// that no other page asks for Pagefind by the every-page gate (every-page.spec.ts).
test('the search page loads Pagefind and no other script of its own', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(r.url());
  });
  await searchFor(page, 'Stockton');
  await searchSummary(page, 'Stockton');
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
  const response = await page.goto('/es/search/');
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  await searchFor(page, 'trata', '/es/search/');
  await searchSummary(page, 'trata');
  expect(errors).toEqual([]);
});

// The empty search page is checked with every other page in every-page.spec.ts; these check the results.
for (const [path, words] of [
  ['/search/', 'Stockton'],
  ['/es/search/', 'trata'],
] as const) {
  test(`no axe violations on ${path} with results for “${words}”`, async ({ page }) => {
    await searchFor(page, words, path);
    await searchSummary(page, words);
    await expectNoAxeViolations(page);
  });
}

test.describe('when search cannot load', () => {
  for (const [name, block] of [
    ['Pagefind is blocked', (url: URL) => url.pathname.startsWith('/pagefind/')],
    ['the index files are missing', (url: URL) => /^\/pagefind\/(pagefind\..*\.pf_meta|wasm\..*)$/.test(url.pathname)],
  ] as const) {
    test(`the page says so in its language (${name})`, async ({ page }) => {
      await page.route(
        (url) => block(url),
        (route) =>
          name.includes('blocked') ? route.abort('blockedbyclient') : route.fulfill({ status: 404, body: 'Not found' }),
      );
      for (const [path, message] of [
        ['/search/', 'Search is not available right now. Please try again later, or use the sections below.'],
        [
          '/es/search/',
          'La búsqueda no está disponible en este momento. Inténtelo más tarde o use las secciones de abajo.',
        ],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole('status')).toHaveText(message, { timeout: 20_000 });
        await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'error');
        // Typing does not bring back a blank or "Searching…" line.
        await page.getByRole('main').getByRole('searchbox').fill('trata');
        await page.getByRole('main').getByRole('searchbox').press('Enter');
        await expect(page.getByRole('status')).toHaveText(message);
      }
    });
  }
});

test('an older search never overwrites a newer one', async ({ page }) => {
  // Pagefind answers in order on this small site, so the race is staged with a stand-in for
  // pagefind.js (same origin, so the real CSP applies): the first words' search and fragments
  // are slow, the second words' fast.
  const slow = { search: 300, data: 1200 };
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `
        const wait = (ms) => new Promise((done) => setTimeout(done, ms));
        export async function options() {}
        export async function init() {}
        export async function filters() { return { type: { campaign: 1, page: 1 } }; }
        export async function preload() {}
        export async function search(term) {
          const old = term === 'healthcare';
          await wait(old ? ${slow.search} : 5);
          return { results: [1, 2, 3].map((n) => ({ id: term + n, data: async () => {
            await wait(old ? ${slow.data} : 5);
            return { url: '/' + (old ? 'older' : 'newer') + '-' + n + '/', excerpt: term, meta: { title: term + ' ' + n } };
          } })) };
        }`,
    }),
  );
  await page.goto('/search/');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'ready');
  const said: string[] = [];
  await page.exposeFunction('said', (text: string) => said.push(text));
  await page.evaluate(() => {
    const status = document.querySelector('[role="status"]')!;
    new MutationObserver(
      () => status.textContent && (window as unknown as { said(t: string): void }).said(status.textContent),
    ).observe(status, { childList: true, characterData: true, subtree: true });
  });
  const box = page.getByRole('main').getByRole('searchbox');
  // The first search has started (its search is answered) when the second words are typed.
  await box.fill('healthcare');
  await page.waitForTimeout(100 + slow.search);
  await box.fill('Backpage');
  await box.press('Enter');
  await expect(page.getByRole('status')).toHaveText('3 results for “Backpage”.');
  expect(await resultPaths(page)).toEqual(['/newer-1/', '/newer-2/', '/newer-3/']);
  // After the older answers have all arrived, the page still shows the newer search only.
  await page.waitForTimeout(slow.data * 2);
  expect(await resultPaths(page)).toEqual(['/newer-1/', '/newer-2/', '/newer-3/']);
  expect(said).toEqual(['3 results for “Backpage”.']);
});

test('results appear as their fragments arrive: the first five first, then the rest', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'ready');
  const requested: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route('**/pagefind/fragment/**', async (route) => {
    requested.push(route.request().url());
    // Hold back every fragment after the first: the first result must show on its own.
    if (requested.length > 1) await released;
    await route.continue();
  });
  await searchFor(page, 'trafficking');
  const items = page.locator('[data-search-list] > li');
  await expect(items).toHaveCount(1);
  // Only the first five fragments are asked for while the first five are loading.
  expect(requested.length).toBe(5);
  release();
  await expect(items).toHaveCount(10);
  expect(requested.length).toBe(10);
  const summary = await searchSummary(page, 'trafficking');
  expect(count(summary)).toBeGreaterThan(10);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();
});

test('the live region announces the count once typing pauses, not after every letter', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'ready');
  type Log = { said: string[]; searched: number };
  await page.evaluate(() => {
    const log: Log = { said: [], searched: 0 };
    (window as unknown as { log: Log }).log = log;
    const status = document.querySelector('[role="status"]')!;
    new MutationObserver(() => {
      if (status.textContent) log.said.push(status.textContent);
    }).observe(status, { childList: true, characterData: true, subtree: true });
    // A search has finished when the results section stops being busy.
    const results = document.querySelector('[data-search-results]')!;
    new MutationObserver(() => {
      if (!results.hasAttribute('aria-busy')) log.searched++;
    }).observe(results, { attributeFilter: ['aria-busy'] });
  });
  const log = () => page.evaluate(() => (window as unknown as { log: Log }).log);
  // The page's timers run on a test clock from here, so a busy machine cannot stretch the gaps
  // between letters past the announce delay: each letter comes 150 test-clock ms after the last,
  // longer than the typing debounce (every letter gets its own search and results), shorter than
  // the announce delay.
  await page.clock.install();
  const box = page.getByRole('main').getByRole('searchbox');
  const word = 'trafficking';
  for (const [i, letter] of [...word].entries()) {
    await box.press(letter);
    await page.clock.runFor(TYPING_DEBOUNCE_MS + 90);
    // A loaded machine can take seconds over a search: the test clock does not move meanwhile.
    await expect.poll(async () => (await log()).searched, { timeout: 20_000 }).toBe(i + 1);
  }
  expect((await log()).said).toEqual([]);
  await page.clock.runFor(ANNOUNCE_DELAY_MS + 300);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “trafficking”\.$/);
  await page.clock.runFor(ANNOUNCE_DELAY_MS + 300);
  expect((await log()).said).toEqual([await page.getByRole('status').textContent()]);
  await expect(page.getByRole('status')).toHaveAttribute('aria-live', /polite/);
});
