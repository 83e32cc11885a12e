/**
 * WCAG 2.2 checks beyond axe that need more than the every-page visit
 * (every-page.spec.ts checks reflow, focus and forced colours on every page):
 * - real Tab and Shift+Tab key presses at 320×256 on the guide, where the
 *   quick-exit bar once hid focused links; they also confirm that the in-page
 *   focus model the every-page gate uses visits the same stops.
 * The forced-colours run of every page with a chart or a donate button is part
 * of the every-page gate's single visit.
 */
import { expect, test } from '@playwright/test';
import { focusStopsHidden, useFont, WIDE_FONT } from '../support/layout-checks.ts';

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
