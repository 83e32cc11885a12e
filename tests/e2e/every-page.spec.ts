/**
 * Gates run on every built page, in a phone-sized Chromium, served with the
 * production security headers: zero axe violations, no request to any other
 * host, no Content-Security-Policy violation or other console error, and
 * nothing stored about the visitor.
 */
import { builtPages } from '@/lib/built-pages.ts';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { DIST } from '../support/dist-files.ts';

const pages = builtPages(DIST);

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(4);
});

for (const { path } of pages) {
  test(`every-page gates: ${path}`, async ({ page, context }) => {
    const foreign: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));

    const response = await page.goto(path);
    expect(response?.status(), 'status').toBeLessThan(400);
    expect(response?.headers()['content-security-policy'], 'served with the CSP').toContain("default-src 'none'");

    await expectNoAxeViolations(page);
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(consoleErrors, 'console errors (CSP violations show here)').toEqual([]);

    expect(await context.cookies(), 'cookies').toEqual([]);
    const stored = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
  });
}
