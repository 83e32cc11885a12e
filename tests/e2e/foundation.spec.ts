import { site } from '@/config/site.ts';
import { expect, test } from '@playwright/test';
import { stubQuickExitTarget } from '../support/quick-exit-target.ts';
import { switchLanguage } from '../support/language-switcher.ts';

const stockton = [
  {
    path: '/campaigns/stockton/',
    lang: 'en',
    h1: 'Is Stockton a hotspot for human trafficking?',
    debt: 'debt bondage',
    ilo: 'International Labour Organization',
  },
  {
    path: '/es/campaigns/stockton/',
    lang: 'es',
    h1: '¿Es Stockton un foco de trata de personas?',
    debt: 'deudas',
    ilo: 'Organización Internacional del Trabajo',
  },
  // Hmong keeps the ILO's English name and says in Hmong what it is.
  {
    path: '/hmn/campaigns/stockton/',
    lang: 'hmn',
    h1: 'Stockton puas yog ib qho chaw uas muaj kev lag luam tib neeg ntau?',
    debt: 'kev tshuav nuj nqis',
    ilo: 'International Labour Organization',
  },
];

for (const page of stockton) {
  test(`Stockton campaign page renders in ${page.lang}`, async ({ page: p }) => {
    const response = await p.goto(page.path);
    expect(response?.status()).toBe(200);
    await expect(p.locator('html')).toHaveAttribute('lang', page.lang);
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(page.h1);
    // The hotline is tap-to-call and tap-to-text, from the site config, in the header and the text.
    const call = p.locator(`a[href="${site.hotline.call.href}"]`);
    const text = p.locator(`a[href="${site.hotline.text.href}"]`);
    expect(await call.count()).toBeGreaterThanOrEqual(3);
    expect(await text.count()).toBeGreaterThanOrEqual(3);
    await expect(call.first()).toContainText(site.hotline.call.display);
    // The seed's content is all there: control methods and the global figure with its source.
    const article = p.locator('article');
    await expect(article).toContainText(page.debt);
    await expect(article).toContainText(page.ilo);
    await expect(article.locator('img')).toHaveAttribute('alt', /.{20,}/);
    // hreflang alternates for every language.
    await expect(p.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/campaigns\/stockton\/$/);
    await expect(p.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
      'href',
      /\/es\/campaigns\/stockton\/$/,
    );
    await expect(p.locator('link[rel="alternate"][hreflang="hmn"]')).toHaveAttribute(
      'href',
      /\/hmn\/campaigns\/stockton\/$/,
    );
  });
}

test('language switcher goes to the same page in the other language and back', async ({ page }) => {
  await page.goto('/campaigns/stockton/');
  await switchLanguage(page, 'Language', 'Español');
  await expect(page).toHaveURL(/\/es\/campaigns\/stockton\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await switchLanguage(page, 'Idioma', 'English');
  await expect(page).toHaveURL(/\/campaigns\/stockton\/$/);
  expect(new URL(page.url()).pathname).toBe('/campaigns/stockton/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('quick exit', () => {
  test.beforeEach(async ({ page }) => {
    await stubQuickExitTarget(page);
    await page.goto('/');
    await page.goto('/campaigns/stockton/');
  });

  test('the button replaces the page with a neutral site', async ({ page }) => {
    const before = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: /Exit this page/ }).click();
    await expect(page).toHaveURL(site.quickExitUrl);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goBack();
    // Back leads to the page before, not to the page that was left.
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('pressing Escape twice leaves the same way', async ({ page }) => {
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(150);
    expect(new URL(page.url()).pathname).toBe('/campaigns/stockton/');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(site.quickExitUrl);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('a single Escape does not leave', async ({ page }) => {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/campaigns/stockton/');
  });
});

test('the Escape hint shows with JavaScript on, and screen readers get it at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/es/');
  const bar = page.getByRole('complementary', { name: 'Salida rápida' });
  const hint = bar.getByText('Presione Esc dos veces para salir rápido.');
  expect((await hint.boundingBox())?.width).toBeGreaterThan(100);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await bar.ariaSnapshot()).toContain('Presione Esc dos veces');
});

test('the quick exit works with JavaScript off, as a plain link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await stubQuickExitTarget(page);
  await page.goto('/es/');
  // Without JavaScript the Escape shortcut does nothing, so its hint is neither shown nor read.
  const bar = page.getByRole('complementary', { name: 'Salida rápida' });
  await expect(bar.getByRole('link')).toBeVisible();
  expect(await bar.ariaSnapshot()).not.toContain('Esc');
  await expect(page.getByText('Presione Esc dos veces', { exact: false })).toBeHidden();
  const exit = page.getByRole('link', { name: /Salir de esta página/ });
  await expect(exit).toHaveAttribute('href', site.quickExitUrl);
  await exit.click();
  await expect(page).toHaveURL(site.quickExitUrl);
  await context.close();
});

// axe, foreign requests, CSP and storage are checked on every built page in every-page.spec.ts.

test('unknown addresses get a localized 404 page', async ({ page }) => {
  const en = await page.goto('/no-such-page/');
  expect(en?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const es = await page.goto('/es/no-existe/');
  expect(es?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
  const hmn = await page.goto('/hmn/tsis-muaj/');
  expect(hmn?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hmn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nrhiav tsis tau nplooj ntawv no');
});
