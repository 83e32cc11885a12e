/**
 * Gates run on every built page, in a phone-sized Chromium, served with the
 * production security headers: zero axe violations, no request to any other
 * host, no Content-Security-Policy violation or other console error, nothing
 * stored about the visitor, footer links to the privacy and accessibility
 * statements; and, in the same page visit, what axe cannot see
 * (WCAG 2.2): no sideways scrolling at 320 CSS px (1.4.10), and no focus stop
 * entirely hidden under the sticky quick-exit bar when tabbing forwards or
 * backwards at 320×256 and 320×568 (2.4.11); no script added while the page
 * runs and no Pagefind request but on the search page (which scripts each page
 * ships is checked on the built files, tests/site/scripts.test.ts); and, on
 * every page with a chart or a donate button, a forced-colours run (a dark
 * contrast theme): buttons keep their shape, chart labels and bars stay
 * visible, filled and empty squares stay distinguishable.
 *
 * Everything is checked in one page load per page: the view is resized and
 * the colour scheme emulated on the loaded page. Pages are spread over the
 * parallel workers (playwright.config.ts, fullyParallel), and each worker
 * visits its pages in one browser page: a new browser context for every page
 * costs more than the checks themselves on a small machine. Each visit starts
 * from the device's view with no emulated colours; a visit that finds a cookie
 * or stored data fails, and a failed test gets a fresh worker and browser page.
 */
import { readFileSync } from 'node:fs';
import { publicPages } from '@/lib/built-pages.ts';
import { expect, test as base, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { DIST } from '../support/dist-files.ts';
import { findTags } from '../support/html-links.ts';
import { isSearchPage } from '../support/page-weight.ts';
import {
  focusStopsHidden,
  forcedColoursProblems,
  measureOverflow,
  quickExitBar,
  useFont,
  WIDE_FONT,
} from '../support/layout-checks.ts';

// Every page but the web editor at /admin/, which has its own policy and tests (admin.spec.ts).
const pages = publicPages(DIST);

/** One browser page per worker, with the project's device (playwright.config.ts). */
const test = base.extend<object, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL } = workerInfo.project.use;
      const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** The narrowest width WCAG 1.4.10 asks for, and the two heights we tab at (a 400% zoom of 1280×1024, and a small phone). */
const NARROW = 320;
const HEIGHTS = [256, 568] as const;
/** The bar may take at most a quarter of the shortest view. */
const MAX_BAR = 64;

/** Pages that get the forced-colours check: those with a chart or a donate button. */
const FORCED_COLOURS = /data-chart=|<a class="btn btn-primary"[^>]*data-support="donate"/;

/** Time spent on the reflow and focus checks in this worker, printed at the end. */
let layoutMs = 0;
let layoutPages = 0;

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(4);
});

test('some pages get the forced-colours check', () => {
  expect(pages.filter(({ file }) => FORCED_COLOURS.test(readFileSync(file, 'utf8'))).length).toBeGreaterThan(3);
});

for (const { path, file } of pages) {
  test(`every-page gates: ${path}`, async ({ workerPage: page }) => {
    const context = page.context();
    const html = readFileSync(file, 'utf8');
    const foreign: string[] = [];
    const pagefind: string[] = [];
    const consoleErrors: string[] = [];
    const onRequest = (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreign.push(request.url());
      else if (url.pathname.startsWith('/pagefind/')) pagefind.push(url.pathname);
    };
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    };
    const onPageError = (error: Error) => consoleErrors.push(String(error));
    page.on('request', onRequest);
    page.on('console', onConsole);
    page.on('pageerror', onPageError);

    // The device's own view and Playwright's default colours: what the visit before may have changed.
    const viewport = test.info().project.use.viewport!;
    await page.setViewportSize(viewport);
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status(), 'status').toBeLessThan(400);
    expect(response?.headers()['content-security-policy'], 'served with the CSP').toContain("default-src 'none'");

    await expectNoAxeViolations(page);
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(consoleErrors, 'console errors (CSP violations show here)').toEqual([]);
    if (!isSearchPage(path)) expect(pagefind, 'Pagefind requested outside the search page').toEqual([]);
    // No script is added while the page runs: the document holds the scripts it was built with.
    expect(await page.locator('script').count(), 'scripts in the document').toBe(findTags(html, ['script']).length);

    expect(await context.cookies(), 'cookies').toEqual([]);
    const stored = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' });

    // The privacy and accessibility statements are linked from every page's footer.
    const statements = await page
      .locator('footer a[data-footer-link]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(statements, 'footer links to the statements').toEqual([
      expect.stringMatching(/\/privacy\/$/),
      expect.stringMatching(/\/accessibility\/$/),
    ]);

    // WCAG 2.2 beyond axe, on this same page load: resizing the view re-lays the page out.
    const started = Date.now();
    await page.setViewportSize({ width: NARROW, height: HEIGHTS[1] });
    for (const font of [null, WIDE_FONT]) {
      await page.evaluate(useFont, font);
      const reflow = await page.evaluate(measureOverflow, NARROW);
      expect
        .soft(
          reflow.offenders,
          `1.4.10 reflow: page is ${reflow.width}px wide at ${NARROW}px (font: ${font ?? 'the site’s'})`,
        )
        .toEqual([]);
      expect.soft(reflow.width, `1.4.10 reflow (font: ${font ?? 'the site’s'})`).toBeLessThanOrEqual(NARROW);
    }
    // Focus is checked in the wide font: the quick-exit bar is tallest then.
    for (const height of HEIGHTS) {
      await page.setViewportSize({ width: NARROW, height });
      const bar = await page.evaluate(quickExitBar);
      expect.soft(bar.height, `quick-exit bar height at ${NARROW}×${height}`).toBeLessThanOrEqual(MAX_BAR);
      expect
        .soft(bar.scrollPaddingTop, `scroll-padding-top covers the ${bar.height}px bar`)
        .toBeGreaterThanOrEqual(bar.height);
      for (const direction of ['forward', 'backward'] as const) {
        const focus = await page.evaluate(focusStopsHidden, direction);
        expect(focus.positiveTabindex, 'positive tabindex changes the tab order').toBe(0);
        expect(focus.stops, 'focus stops').toBeGreaterThan(3);
        expect
          .soft(focus.hidden, `2.4.11 focus stops entirely hidden, ${direction} at ${NARROW}×${height}`)
          .toEqual([]);
      }
    }
    layoutMs += Date.now() - started;
    layoutPages += 1;

    if (FORCED_COLOURS.test(html)) {
      // Forced colours, in the site's font at the device's own size.
      await page.evaluate(useFont, null);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours on').toBe(true);
      const { counts, problems } = await page.evaluate(forcedColoursProblems);
      expect.soft(counts.buttons, 'forced colours: buttons checked').toBeGreaterThan(0);
      if (html.includes('data-chart="bars"'))
        expect.soft(counts.bars, 'forced colours: bars checked').toBeGreaterThan(0);
      if (html.includes('data-chart="waffle"'))
        expect.soft(counts.cells, 'forced colours: squares checked').toBeGreaterThan(0);
      expect.soft(problems, 'in forced colours').toEqual([]);
    }
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  });
}

test.afterAll(() => {
  if (layoutPages > 0) {
    console.log(
      `[every-page] reflow and focus checks: ${layoutPages} pages in this worker, ${(layoutMs / 1000).toFixed(1)} s (${Math.round(layoutMs / layoutPages)} ms a page)`,
    );
  }
});
