/**
 * WCAG 2.2 checks beyond axe that need more than the every-page visit
 * (every-page.spec.ts checks reflow and focus on every page):
 * - real Tab and Shift+Tab key presses at 320×256 on the guide, where the
 *   quick-exit bar once hid focused links; they also confirm that the in-page
 *   focus model the every-page gate uses visits the same stops;
 * - one forced-colours run (a dark contrast theme) of every page with a chart
 *   or a donate button: buttons keep their shape, chart labels and bars stay
 *   visible, filled and empty squares stay distinguishable.
 */
import { expect, test } from '@playwright/test';
import { builtHtml, builtPagePaths } from '../support/dist-files.ts';
import { focusStopsHidden, forcedColoursProblems, useFont, WIDE_FONT } from '../support/layout-checks.ts';

for (const path of ['/es/signs/', '/signs/']) {
  test(`Tab and Shift+Tab at 320×256 never leave focus hidden under the quick-exit bar: ${path}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // scroll at once, as the check reads positions straight away
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(path);
    await page.evaluate(useFont, WIDE_FONT);
    const model = await page.evaluate(focusStopsHidden, 'forward' as const);
    await page.reload();
    await page.evaluate(useFont, WIDE_FONT);

    const visited = new Set<number>();
    const hidden: string[] = [];
    const press = async (key: string) => {
      await page.keyboard.press(key);
      const result = await page.evaluate(focusStopsHidden, 'current' as const);
      visited.add(result.active!);
      hidden.push(...result.hidden.map((h) => `${key}: ${h}`));
    };
    for (let i = 0; i < model.stops; i += 1) await press('Tab');
    expect(visited.size, 'Tab visits as many stops as the in-page model counts').toBe(model.stops);
    for (let i = 1; i < model.stops; i += 1) await press('Shift+Tab');
    expect(hidden).toEqual([]);
  });
}

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active', colorScheme: 'dark' });
  const pages = builtPagePaths().filter((p) =>
    /data-chart=|<a class="btn btn-primary"[^>]*data-support="donate"/.test(builtHtml(p)),
  );
  /** Pages are checked in a few groups, one browser page each, so the run costs little more than the page loads. */
  const GROUPS = 2;

  test('some pages have charts or donate buttons', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  for (let group = 0; group < GROUPS; group += 1) {
    const mine = pages.filter((_, i) => i % GROUPS === group);
    test(`forced colours keep buttons and charts distinguishable (pages ${group + 1} of ${GROUPS}: ${mine.length})`, async ({
      page,
    }) => {
      const started = Date.now();
      for (const path of mine) {
        await page.goto(path);
        expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
        const { counts, problems } = await page.evaluate(forcedColoursProblems);
        const html = builtHtml(path);
        expect.soft(counts.buttons, `${path}: buttons checked`).toBeGreaterThan(0);
        if (html.includes('data-chart="bars"')) expect.soft(counts.bars, `${path}: bars checked`).toBeGreaterThan(0);
        if (html.includes('data-chart="waffle"'))
          expect.soft(counts.cells, `${path}: squares checked`).toBeGreaterThan(0);
        expect.soft(problems, `${path} in forced colours`).toEqual([]);
      }
      console.log(`[forced colours] ${mine.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  }
});
