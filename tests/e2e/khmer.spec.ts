/**
 * The Khmer pages (issue 10 §2): the essentials built in Khmer with `lang="km"`, help-line numbers
 * and figures in the same digits as the English, text that wraps on a 320 px screen (Khmer has no
 * spaces between words), the printable card on one page, and the English stand-ins marked as such.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { site } from '@/config/site.ts';
import { expect, test } from '@playwright/test';

const slugs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
/** Post files under a language's folder (year folders allowed), by file name. */
const postFiles = (locale: string) =>
  readdirSync(join('content/posts', locale), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

/**
 * Published English posts with no Khmer file, read from content/: the site shows them in English
 * with a Khmer note. Drafts and posts dated after today are on no page.
 */
const englishOnlyInKhmer = (() => {
  const khmer = new Set(postFiles('km').map((f) => basename(f)));
  const today = new Date().toISOString().slice(0, 10);
  return postFiles('en')
    .filter((f) => !khmer.has(basename(f)))
    .filter((f) => {
      const front = readFileSync(join('content/posts/en', f), 'utf8').split('---')[1] ?? '';
      const published = /^published: "?(\d{4}-\d{2}-\d{2})/m.exec(front)?.[1] ?? '';
      return !/^draft: true$/m.test(front) && published !== '' && published <= today;
    })
    .map((f) => basename(f, '.mdx'));
})();

/** Khmer digits ០–៩: numbers must read exactly as in the English. */
const KHMER_DIGITS = /[\u17E0-\u17E9]/;

const essentials = [
  { path: '/km/', h1: 'តើមានការជួញដូរមនុស្សនៅជិតអ្នកឬទេ?' },
  { path: '/km/campaigns/stockton/', h1: 'តើក្រុងស្តុកតុនជាតំបន់ក្តៅនៃការជួញដូរមនុស្សឬទេ?' },
  { path: '/km/get-help/', h1: 'រកជំនួយឥឡូវនេះ' },
  { path: '/km/support/', h1: 'គាំទ្រការងាររបស់យើង' },
  { path: '/km/signs/', h1: 'របៀបសម្គាល់សញ្ញានៃការជួញដូរមនុស្ស' },
  { path: '/km/signs/kinds/labour/', h1: 'ការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម' },
  { path: '/km/signs/print/', h1: 'ស្គាល់សញ្ញានៃការជួញដូរមនុស្ស' },
];

test('every English sign file has its Khmer translation', () => {
  expect(slugs('content/signs/km')).toEqual(slugs('content/signs/en'));
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  for (const { path, h1 } of essentials) {
    test(`Khmer page ${path}: lang, Khmer text, the English digits, no sideways scroll`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'km');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      // Translated, so no "not yet translated" note.
      await expect(page.locator('[data-untranslated]')).toHaveCount(0);
      // The hotline, tap-to-call, written with the same digits as in English.
      await expect(page.locator(`a[href="${site.hotline.call.href}"]`).first()).toContainText(
        site.hotline.call.display,
      );
      expect(await page.locator('body').innerText()).not.toMatch(KHMER_DIGITS);
      // Long Khmer runs wrap: nothing is wider than the screen, not even inside a clipped box.
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest('.sr-only'))
          .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
        return { scroll: document.documentElement.scrollWidth - width, out };
      });
      expect(wide).toEqual({ scroll: 0, out: [] });
    });
  }
});

test('the Khmer printable card has every sign and the hotline on one page', async ({ page }) => {
  await page.goto('/km/signs/print/');
  const card = page.locator('[data-sign-card]');
  await expect(card.locator('[data-card-number]')).toHaveText(site.hotline.call.display);
  await expect(card.locator('[data-card-group]')).toHaveCount(slugs('content/signs/en').length);
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, `${format} pages`).toBe(1);
  }
});

test('an untranslated post in Khmer says so in Khmer and marks the English text', async ({ page }) => {
  const slug = englishOnlyInKhmer[0];
  expect(slug, 'some published post exists only in English in Khmer').toBeDefined();
  await page.goto(`/km/blog/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  const note = page.locator('[data-untranslated]');
  await expect(note).toHaveAttribute('lang', 'km');
  await expect(note).toContainText('មិនទាន់បានបកប្រែជាភាសាខ្មែរ');
  // The English title and text carry lang="en" (here, from the article around them).
  expect(await page.getByRole('heading', { level: 1 }).evaluate((h) => h.closest('[lang]')?.getAttribute('lang'))).toBe(
    'en',
  );
});

test('Khmer search finds a word inside a phrase, and shows titles and excerpts as written', async ({ page }) => {
  await page.goto('/km/search/');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'ready');
  const box = page.getByRole('main').getByRole('searchbox');
  const stockton = page
    .locator('[data-search-list] li')
    .filter({ has: page.locator('a[href="/km/campaigns/stockton/"]') });
  // "ជួញដូរ" (trafficking) is never written on its own: the pages say "ការជួញដូរមនុស្ស" (human
  // trafficking), with no space between the words. Pagefind alone found nothing for it.
  for (const words of ['ជួញដូរ', 'ស្តុកតុន', 'ការជួញដូរមនុស្ស']) {
    await box.fill(words);
    await box.press('Enter');
    await expect(page.getByRole('status')).toHaveText(new RegExp(`«${words}»`));
    await expect(stockton).toHaveCount(1);
  }
  // The title as the page writes it: no separator left between the words.
  await expect(stockton.getByRole('link')).toHaveText('តើក្រុងស្តុកតុនជាតំបន់ក្តៅនៃការជួញដូរមនុស្សឬទេ?');
  // The excerpt runs the Khmer words together as written, the found words marked.
  const excerpt = stockton.locator('p');
  await expect(excerpt.locator('mark').first()).toBeVisible();
  expect(await excerpt.textContent()).not.toMatch(/(?=\p{L}|\p{M})\p{Script=Khmer}\s+(?=\p{L}|\p{M})\p{Script=Khmer}/u);
});
