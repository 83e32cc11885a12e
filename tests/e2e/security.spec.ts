/**
 * The Content-Security-Policy as the browser gets it: pages carry the policy in
 * the header and in a meta tag, neither allows WebAssembly, and search still
 * works because Pagefind compiles its WebAssembly in a worker loaded from
 * /pagefind/, whose own response allows it.
 */
import { expect, test } from '@playwright/test';

const policyOf = (headers: Record<string, string>) => headers['content-security-policy'] ?? '';

test("pages get the policy twice (header and meta), without 'wasm-unsafe-eval'; only Pagefind's files allow it", async ({
  page,
  request,
}) => {
  for (const path of ['/', '/es/', '/search/', '/es/search/', '/blog/']) {
    const response = await page.goto(path);
    const header = policyOf(response!.headers());
    expect(header, path).toContain("default-src 'none'");
    expect(header, path).not.toContain('wasm-unsafe-eval');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // The meta copy is the header's policy minus frame-ancestors, which a meta tag cannot carry.
    expect(meta, path).toBe(header.replace("; frame-ancestors 'none'", ''));
  }
  const worker = await request.get('/pagefind/pagefind-worker.js');
  expect(worker.status()).toBe(200);
  expect(policyOf(worker.headers())).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
});

test('search runs in a Pagefind worker and finds pages under the policy, with no violation', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|falling back to main thread/i.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/search/');
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const field = page.getByRole('main').getByLabel('Words to search for');
  await field.fill('hotspot');
  await field.press('Enter');
  // The status line reports the results once Pagefind has answered (the page also lists its sections for readers without JavaScript).
  await expect(page.getByRole('status')).toHaveText(/\d+ results? for/);
  await expect(page.locator('[data-search-list] a[href="/campaigns/stockton/"]').first()).toBeVisible();
  expect(workers).toContain('/pagefind/pagefind-worker.js');
  expect(problems).toEqual([]);
});
