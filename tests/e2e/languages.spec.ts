/**
 * "Help in your language" and switching languages (issue 10 §3, §5, §6):
 * the languages page's blocks, their `lang`/`dir` and tap-to-call links; the
 * switcher without JavaScript, from the keyboard, at 320 px; and that every
 * script on the page renders with real glyphs, not boxes (tofu).
 */
import { expect, test, type Page } from '@playwright/test';
import { site } from '@/config/site.ts';
import { helpBlocks } from '@/i18n/help-blocks.ts';
import { localeInfo, locales, localizePath } from '@/i18n/index.ts';

test('the languages page has a block for each language, in its own lang and direction, with tap-to-call links', async ({
  page,
}) => {
  await page.goto('/languages/');
  const blocks = page.locator('[data-help-block]');
  await expect(blocks).toHaveCount(helpBlocks.length);
  expect(helpBlocks.length).toBeGreaterThanOrEqual(12);
  for (const block of helpBlocks) {
    const section = page.locator(`section[data-help-block="${block.lang}"]`);
    await expect(section).toHaveAttribute('lang', block.lang);
    await expect(section).toHaveAttribute('dir', block.dir);
    await expect(section.getByRole('heading', { level: 2 })).toContainText(block.ownName);
    await expect(section.locator('[data-english-name]')).toHaveAttribute('lang', 'en');
    await expect(section.locator('[data-english-name]')).toContainText(block.englishName);
    await expect(section.locator(`a[href="${site.hotline.call.href}"]`)).toHaveText(site.hotline.call.display);
    await expect(section.locator(`a[href="${site.emergency.href}"]`)).toHaveText(site.emergency.display);
    for (const name of block.say)
      await expect(section.locator('[data-say][lang="en"]', { hasText: name })).toHaveCount(1);
  }
  await expect(page.locator('section[data-help-block="ar"]')).toHaveAttribute('dir', 'rtl');
});

test('the languages page puts the page language first and exists in every site language', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(localizePath('/languages/', locale));
    await expect(page.locator('html')).toHaveAttribute('lang', localeInfo[locale].lang);
    const first = await page.locator('[data-help-block]').first().getAttribute('data-help-block');
    if (helpBlocks.some((b) => b.lang === localeInfo[locale].lang)) expect(first).toBe(localeInfo[locale].lang);
  }
});

test('the switcher and the footer link to the languages page; the switcher works without JavaScript and from the keyboard at 320 px', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/es/campaigns/stockton/');
  const nav = page.getByRole('navigation', { name: localeInfo.es && 'Idioma' });
  await expect(page.locator('footer a[data-languages-link]')).toHaveAttribute('href', '/es/languages/');
  const summary = nav.locator('summary');
  if ((await summary.count()) > 0) {
    // A disclosure: closed at first, opened with the keyboard.
    await expect(nav.locator('[data-locale-link]').first()).toBeHidden();
    await summary.focus();
    await page.keyboard.press('Enter');
  }
  const links = nav.locator('[data-locale-link]');
  await expect(links).toHaveCount(locales.length - 1);
  for (const locale of locales.filter((l) => l !== 'es')) {
    const link = nav.locator(`[data-locale-link="${locale}"]`);
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('lang', localeInfo[locale].lang);
    await expect(link).toHaveText(localeInfo[locale].label);
    await expect(link).toHaveAttribute('href', localizePath('/campaigns/stockton/', locale));
  }
  await expect(nav.locator('a[data-languages-link]')).toHaveAttribute('href', '/es/languages/');
  // Nothing sticks out sideways at 320 px, open or closed.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await links.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    new RegExp(
      `${localizePath(
        '/campaigns/stockton/',
        locales.find((l) => l !== 'es')!,
      )}$`,
    ),
  );
  await context.close();
});

/**
 * Tofu detector: draws each letter on a canvas in the element's own font and
 * compares the pixels with those of characters no installed font has (Khitan
 * Small Script, U+18B00…): a letter drawn exactly like them, or drawn blank,
 * fell back to the missing-glyph box. Returns the letters that did.
 */
async function tofu(page: Page, selector: string, extra = ''): Promise<string[]> {
  return page.evaluate(
    ({ selector, extra }) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`No element ${selector}`);
      const style = getComputedStyle(element);
      const canvas = document.createElement('canvas');
      canvas.width = 96;
      canvas.height = 96;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.font = `48px ${style.fontFamily}`;
      ctx.textBaseline = 'middle';
      const draw = (ch: string) => {
        ctx.clearRect(0, 0, 96, 96);
        ctx.fillText(ch, 8, 48);
        const alpha = ctx.getImageData(0, 0, 96, 96).data.filter((_, i) => i % 4 === 3);
        return Array.from(alpha).join(',');
      };
      const missing = new Set(['\u{18B00}', '\u{18B01}', '\u{18B02}'].map(draw));
      const blank = draw(' ');
      const letters = [
        ...new Set(
          [...((element.textContent ?? '') + extra)].filter((ch) => /\p{L}/u.test(ch) && ch.codePointAt(0)! > 0x24f),
        ),
      ];
      if (letters.length === 0) throw new Error(`No letters to check in ${selector}`);
      return letters.filter((ch) => {
        const pixels = draw(ch);
        return missing.has(pixels) || pixels === blank;
      });
    },
    { selector, extra },
  );
}

/** The scripts of the help blocks, by the block's language, as named in failure messages. */
const scripts: Record<string, string> = {
  km: 'Khmer',
  pa: 'Gurmukhi (Punjabi)',
  lo: 'Lao',
  'zh-Hant': 'Han, traditional',
  'zh-Hans': 'Han, simplified',
  ko: 'Hangul',
  ar: 'Arabic',
  hi: 'Devanagari',
  ru: 'Cyrillic',
  vi: 'Vietnamese (Latin with tone marks)',
};

// One page load: first the detector is shown to catch a script with no font here, then every block is checked.
test('every script on the languages page renders with real glyphs, not boxes', async ({ page }) => {
  await page.goto('/languages/');
  // Khitan Small Script: no font on this machine or CI's, so every letter must be flagged.
  const flagged = await tofu(page, 'section[data-help-block="km"] h2', '\u{18B03}\u{18B04}');
  expect(flagged, 'the tofu detector catches a script that has no font here').toEqual(['\u{18B03}', '\u{18B04}']);
  for (const [lang, name] of Object.entries(scripts)) {
    const selector = `section[data-help-block="${lang}"]`;
    expect.soft(await tofu(page, selector), `${name}: letters drawn as boxes in the ${lang} block`).toEqual([]);
    const shot = await page.locator(selector).screenshot();
    await test.info().attach(`${lang}-block`, { body: shot, contentType: 'image/png' });
  }
});
