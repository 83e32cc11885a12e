/**
 * Typed search words must never reach the browser's history (issue 9 §2). This drives a real,
 * persistent Chromium profile the way a reader would (header search control, typing, Enter,
 * filters, quick exit), closes the browser, and then reads the profile's own SQLite files:
 * `History` (visited URLs, the address bar's keyword search terms, visits) and `Web Data`
 * (registered search engines, form autofill entries).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { chromium, expect, test } from '@playwright/test';
import { site } from '@/config/site.ts';
import { chromiumLaunchOptions } from '../support/browser.ts';

/** Words typed into search during the test; none of them is in the titles of pages it visits. */
const TYPED = ['Backpage', 'debt bondage'];
const WORDS = ['backpage', 'bondage'];
/** A word found nowhere on the site: it can only be in the profile if the browser kept what was typed. */
const NONCE = 'zqxwvkeepnothing';

/** Files of the profile whose bytes contain the word (as UTF-8 or UTF-16). */
function filesContaining(dir: string, word: string): string[] {
  const needles = [Buffer.from(word, 'utf8'), Buffer.from(word, 'utf16le')];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => {
      const bytes = readFileSync(file);
      return needles.some((needle) => bytes.includes(needle));
    });
}

/** Every table of a SQLite file, as [table, row as text] pairs (BLOBs read as UTF-8). */
function rowsOf(file: string): { table: string; text: string }[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return tables.flatMap(({ name }) => {
      const select = db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`);
      select.setReadBigInts(true); // Chromium stores times as 64-bit integers
      return (select.all() as Record<string, unknown>[]).map((row) => ({
        table: name,
        text: Object.values(row)
          .map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : String(v)))
          .join(' | '),
      }));
    });
  } finally {
    db.close();
  }
}

test('typed search words reach no table of a real Chromium profile, and no search engine is registered', async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const profile = mkdtempSync(join(tmpdir(), 'stt-search-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions(),
      headless: true,
      baseURL,
      viewport: { width: 1280, height: 800 },
    });
    // The neutral site the quick exit opens, answered locally.
    await context.route(`${new URL(site.quickExitUrl).origin}/**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
      }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    // The header's search control (a link) opens the search page.
    const header = page.locator('header');
    await header
      .getByRole('link', { name: 'Search' })
      .or(header.getByRole('button', { name: 'Search' }))
      .click();
    await expect(page).toHaveURL(/\/search\//);

    const main = page.getByRole('main');
    const box = main.getByLabel('Words to search for');
    const results = page.locator('[data-search-list] h3 a');
    await box.click();
    await page.keyboard.type(TYPED[0]!, { delay: 60 });
    await page.keyboard.press('Enter');
    await expect(results.first()).toHaveAttribute('href', '/campaigns/stockton/');
    await expect(page.getByRole('status')).toHaveText('1 result for “Backpage”.');

    // Filters.
    const campaigns = main.getByRole('checkbox', { name: /^Campaigns/ });
    await campaigns.check();
    await expect(page.getByRole('status')).toHaveText('1 result for “Backpage”.');
    await campaigns.uncheck();

    // A second search, then the quick exit (Escape twice).
    await box.fill('');
    await box.click();
    await page.keyboard.type(TYPED[1]!, { delay: 60 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “debt bondage”\.$/);
    await box.fill('');
    await page.keyboard.type(NONCE, { delay: 30 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(`No results for “${NONCE}”.`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(site.quickExitUrl);
    await context.close();

    const history = rowsOf(join(profile, 'Default', 'History'));
    // The profile did record this visit: the check below looks at real data.
    const urls = history.filter((r) => r.table === 'urls').map((r) => r.text);
    expect(
      urls.some((u) => u.includes(`${origin}/search/`)),
      urls.join('\n'),
    ).toBe(true);
    // No address of this site carries a query string (neither words nor filters).
    expect.soft(urls.filter((u) => u.includes(`${origin}/`) && /\?/.test(u.split(' | ')[1] ?? ''))).toEqual([]);

    const webData = rowsOf(join(profile, 'Default', 'Web Data'));
    for (const [file, rows] of [
      ['History', history],
      ['Web Data', webData],
    ] as const) {
      const leaks = rows.filter((r) => WORDS.some((w) => r.text.toLowerCase().includes(w)));
      expect.soft(leaks.map((r) => `${file} → ${r.table}: ${r.text}`)).toEqual([]);
    }
    expect.soft(history.filter((r) => r.table === 'keyword_search_terms').map((r) => r.text)).toEqual([]);
    // No search engine registered for this site (Chromium's `keywords` table holds search engines).
    const engines = webData.filter((r) => r.table === 'keywords').map((r) => r.text);
    expect(engines.length).toBeGreaterThan(0);
    expect.soft(engines.filter((e) => e.includes(new URL(origin).host))).toEqual([]);
    // Nor anywhere else in the profile (session files, preferences, caches, logs).
    expect(
      filesContaining(profile, 'STOP THE TRAFFIK').length,
      'the byte scan finds the visited pages’ titles',
    ).toBeGreaterThan(0);
    expect.soft(filesContaining(profile, NONCE)).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
