import { readFileSync, readdirSync } from 'node:fs';
import { site } from '@/config/site.ts';
import { expect, test } from '@playwright/test';

/** The files in a content folder, as slugs: the pages that must exist. */
const slugs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
const statSlugs = slugs('content/stats/en');
const signSlugs = slugs('content/signs/en');

const locales = [
  {
    lang: 'en',
    prefix: '',
    h1: 'How to spot the signs of human trafficking',
    filter: 'Choose signs',
    farms: 'Farms and agriculture',
    seed: ['false job advertisements', 'fake social media profiles', 'their psychological condition', 'debt bondage'],
    whatToDo: 'What to do if you are worried',
    statsH1: 'Statistics explained',
    million: '27.6 million',
    nav: 'Main',
    statsLocale: 'en',
    notTrend: 'not a trend',
    signsLink: 'Learn how to spot the signs',
  },
  {
    lang: 'es',
    prefix: '/es',
    h1: 'Cómo reconocer las señales de la trata de personas',
    filter: 'Elegir señales',
    farms: 'Campos y agricultura',
    seed: [
      'ofertas de trabajo falsas',
      'perfiles falsos en redes sociales',
      'su estado psicológico',
      'deudas que no puede',
    ],
    whatToDo: 'Qué hacer si algo le preocupa',
    statsH1: 'Las estadísticas, explicadas',
    million: '27.6 millones',
    nav: 'Principal',
    statsLocale: 'es',
    notTrend: 'no son una tendencia',
    signsLink: 'Aprenda a reconocer las señales',
  },
  {
    lang: 'hmn',
    prefix: '/hmn',
    h1: 'Yuav paub cov cim qhia txog kev lag luam tib neeg li cas',
    filter: 'Xaiv cov cim',
    farms: 'Teb thiab kev ua liaj ua teb',
    seed: [
      'cov ntawv tshaj tawm nrhiav neeg ua haujlwm uas tsis muaj tseeb',
      'cov profile cuav hauv social media',
      'nws lub siab lub ntsws',
      'kev tshuav nuj nqis uas them tsis tag',
    ],
    whatToDo: 'Yuav ua li cas yog koj txhawj',
    statsH1: 'Piav qhia cov lej',
    // Hmong has no CLDR number data: US digits, and "lab" for a million (as its text writes it).
    million: '27.6 lab',
    nav: 'Cov nplooj tseem ceeb',
    statsLocale: 'hmn',
    notTrend: 'tsis yog ib qho kev nce',
    signsLink: 'Kawm paub cov cim qhia',
  },
  {
    lang: 'pa',
    prefix: '/pa',
    h1: 'ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ ਕਿਵੇਂ ਪਛਾਣੀਏ',
    filter: 'ਨਿਸ਼ਾਨੀਆਂ ਚੁਣੋ',
    farms: 'ਖੇਤ ਅਤੇ ਖੇਤੀਬਾੜੀ',
    seed: ['ਨੌਕਰੀਆਂ ਦੇ ਝੂਠੇ ਇਸ਼ਤਿਹਾਰ', 'ਸੋਸ਼ਲ ਮੀਡੀਆ ’ਤੇ ਨਕਲੀ ਪ੍ਰੋਫ਼ਾਈਲ', 'ਉਸਦੀ ਮਾਨਸਿਕ ਹਾਲਤ', 'ਕਰਜ਼ੇ ਦੇ ਜਾਲ'],
    whatToDo: 'ਜੇ ਤੁਹਾਨੂੰ ਫ਼ਿਕਰ ਹੈ ਤਾਂ ਕੀ ਕਰਨਾ ਹੈ',
    statsH1: 'ਅੰਕੜੇ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ',
    // Punjabi counts large numbers in lakh and crore: 27.6 million is 2.76 crore.
    million: '2.76 ਕਰੋੜ',
    nav: 'ਮੁੱਖ ਮੀਨੂ',
    statsLocale: 'pa',
    notTrend: 'ਕੋਈ ਰੁਝਾਨ ਕਿਉਂ ਨਹੀਂ',
    signsLink: 'ਨਿਸ਼ਾਨੀਆਂ ਪਛਾਣਨਾ ਸਿੱਖੋ',
  },
];

test('the main navigation links to the guide and the statistics', async ({ page }) => {
  await page.goto('/es/');
  const nav = page.getByRole('navigation', { name: 'Principal' });
  await expect(nav.getByRole('link', { name: 'Señales de alerta' })).toHaveAttribute('href', '/es/signs/');
  await expect(nav.getByRole('link', { name: 'Estadísticas' })).toHaveAttribute('href', '/es/stats/');
  await nav.getByRole('link', { name: 'Estadísticas' }).click();
  await expect(page.getByRole('link', { name: 'Estadísticas' })).toHaveAttribute('aria-current', 'page');
});

for (const l of locales) {
  test(`warning-signs guide in ${l.lang}: every kind and setting, the seed's lists and what to do`, async ({
    page,
  }) => {
    const response = await page.goto(`${l.prefix}/signs/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.h1);
    await expect(page.locator('main')).toHaveAttribute('data-pagefind-filter', 'type:sign');
    // One block per content entry, each with its signs as a list.
    await expect(page.locator('[data-sign]')).toHaveCount(signSlugs.length);
    for (const slug of signSlugs) {
      expect(await page.locator(`[data-sign="${slug}"] .sign-list li`).count()).toBeGreaterThanOrEqual(2);
    }
    // The seed's vulnerability, deception and control lists are woven in.
    const text = (await page.locator('main').innerText()).toLowerCase();
    for (const phrase of l.seed) expect(text).toContain(phrase.toLowerCase());
    // What to do: the hotline and 911 from the config, the STOP APP.
    const what = page.locator('#what-to-do');
    await expect(what.getByRole('heading', { level: 2 })).toHaveText(l.whatToDo);
    await expect(what.locator(`a[href="${site.hotline.call.href}"]`)).toContainText(site.hotline.call.display);
    await expect(what.locator(`a[href="${site.hotline.text.href}"]`)).toHaveCount(1);
    await expect(what.locator(`a[href="${site.emergency.href}"]`)).toHaveText(site.emergency.display);
    await expect(what.locator(`a[href="${site.stopApp.appStoreUrl}"]`)).toHaveCount(1);
    // hreflang alternates for every language.
    for (const other of locales) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${other.lang}"]`)).toHaveAttribute(
        'href',
        new RegExp(`${other.prefix}/signs/$`),
      );
    }
  });

  test(`filtering by setting works without JavaScript in ${l.lang}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${l.prefix}/signs/`);
    const filter = page.getByRole('navigation', { name: l.filter });
    await filter.getByRole('link', { name: l.farms }).click();
    await expect(page).toHaveURL(new RegExp(`${l.prefix}/signs/settings/farms/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.farms);
    // Only that setting's signs, and the filter shows where you are.
    await expect(page.locator('[data-sign]')).toHaveCount(1);
    expect(await page.locator('.sign-list li').count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('navigation', { name: l.filter }).getByRole('link', { name: l.farms })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.locator('main')).toHaveAttribute('data-pagefind-filter', 'type:sign');
    await context.close();
  });

  test(`printable card in ${l.lang}: signs and hotline on one black-and-white page`, async ({ page }) => {
    await page.goto(`${l.prefix}/signs/print/`);
    const card = page.locator('[data-sign-card]');
    await expect(card.locator('[data-card-number]')).toHaveText(site.hotline.call.display);
    await expect(card).toContainText(site.hotline.text.shortCode);
    await expect(card).toContainText(site.emergency.display);
    await expect(card.locator('[data-card-group]')).toHaveCount(signSlugs.length);
    await expect(page.locator('body > header')).toBeVisible();
    await expect(page.locator('body > footer')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.locator('.quick-exit-bar')).toBeHidden();
    await expect(page.locator('body > footer')).toBeHidden();
    await expect(card.locator('[data-card-number]')).toBeVisible();
    // Black text on white.
    expect(await card.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = (await page.pdf({ format })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, `${format} pages`).toBe(1);
    }
  });

  test(`the print stylesheet hides navigation on the guide in ${l.lang}`, async ({ page }) => {
    await page.goto(`${l.prefix}/signs/`);
    const mainNav = page.getByRole('navigation', { name: l.nav });
    const filter = page.getByRole('navigation', { name: l.filter });
    await expect(mainNav).toBeVisible();
    await expect(filter).toBeVisible();
    await expect(page.locator('.quick-exit-bar')).toBeVisible();
    await expect(page.locator('body > footer')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(mainNav).toBeHidden();
    for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
    await expect(filter).toBeHidden();
    await expect(page.locator('.quick-exit-bar')).toBeHidden();
    await expect(page.locator('body > footer')).toBeHidden();
    await expect(page.locator('[data-sign="labour"] .sign-list')).toBeVisible();
  });

  test(`statistics in ${l.lang}: every entry listed, every chart named and backed by a table`, async ({ page }) => {
    await page.goto(`${l.prefix}/stats/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.statsH1);
    await expect(page.locator('main')).toHaveAttribute('data-pagefind-filter', 'type:statistic');
    await expect(page.locator('[data-stat-card]')).toHaveCount(statSlugs.length);
    for (const slug of statSlugs) {
      const response = await page.goto(`${l.prefix}/stats/${slug}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
      const charts = page.locator('figure.stat-chart');
      expect(await charts.count(), slug).toBeGreaterThanOrEqual(1);
      for (const chart of await charts.all()) {
        const svg = chart.locator('svg[role="img"]');
        const caption = (await chart.locator('figcaption').innerText()).trim();
        // The accessible name is the chart's title and its description.
        await expect(svg).toHaveAccessibleName(new RegExp(`^${caption.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        expect((await svg.locator('desc').textContent())!.length).toBeGreaterThan(10);
        const table = chart.locator('table');
        await expect(table).toHaveCount(1);
        const kind = await chart.getAttribute('data-chart');
        const rows = await table.locator('tbody tr').count();
        if (kind === 'bars') expect(rows).toBe(await svg.locator('[data-bar-value]').count());
        else {
          // Filled squares are drawn as closed shapes of one path (src/lib/chart.ts squaresPath).
          const filled = await svg
            .locator('[data-filled]')
            .evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/z/gi)?.length ?? 0), 0));
          const cells = await table
            .locator('td[data-value]')
            .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
          expect(cells[0]).toBe(filled);
        }
      }
      // Source, year, method and caveats.
      await expect(page.locator('[data-stat-source]')).toContainText(/\d{4}/);
      expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(3);
    }
    // Numbers are written per locale.
    await page.goto(`${l.prefix}/stats/global-estimates-2022/`);
    await expect(page.locator('svg[role="img"]').first()).toContainText(l.million);
  });

  test(`the 2012 figure points to the 2022 one in ${l.lang}`, async ({ page }) => {
    await page.goto(`${l.prefix}/stats/ilo-2012/`);
    const note = page.locator('[role="note"][data-superseded-by]');
    await expect(note.getByRole('link')).toHaveAttribute('href', `${l.prefix}/stats/global-estimates-2022/`);
    await note.getByRole('link').click();
    await expect(page.locator('[data-stat-headline]')).toHaveAttribute('data-value', '50000000');
    // The explanation of why the two are not a trend.
    await expect(page.locator('main')).toContainText(l.notTrend);
  });

  test(`the Stockton page shows the ILO figure from the stats entry in ${l.lang}`, async ({ page }) => {
    const source = readFileSync(`content/stats/${l.statsLocale}/ilo-2012.mdx`, 'utf8');
    const value = source.match(/headline:\s*\n\s+value:\s*(\d+)/)![1]!;
    const shares = [...source.matchAll(/- label: (.+)\n\s+value: (\d+)/g)].map((m) => ({ label: m[1]!, value: m[2]! }));
    expect(shares.length).toBe(3);
    // The campaign text does not write the figure itself: one source of truth.
    const campaign = readFileSync(`content/campaigns/${l.lang}/stockton.mdx`, 'utf8');
    expect(campaign).toContain('<StatFigure id="ilo-2012" />');
    expect(campaign).not.toMatch(/21 million|68 ?%|22 ?%/);

    await page.goto(`${l.prefix}/campaigns/stockton/`);
    const figure = page.locator('[data-stat-figure="ilo-2012"]');
    await expect(figure.locator('[data-stat-headline]')).toHaveAttribute('data-value', value);
    const tableCells = await figure
      .locator('tbody td')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    expect(tableCells).toEqual(shares.map((s) => s.value));
    await expect(figure.locator('tbody th')).toHaveText(shares.map((s) => s.label));
    await expect(figure.locator('[data-stat-source]')).toContainText('2012');
    const headline = await figure.locator('[data-stat-headline]').innerText();
    const newer = figure.locator('[data-superseded-by="global-estimates-2022"] a');
    await expect(newer).toHaveAttribute('href', `${l.prefix}/stats/global-estimates-2022/`);
    // The same figure, written the same way, on the explainer page.
    await page.goto(`${l.prefix}/stats/ilo-2012/`);
    await expect(page.locator('[data-stat-headline]')).toHaveText(headline);
  });

  test(`the Stockton page links to the guide in ${l.lang}`, async ({ page }) => {
    await page.goto(`${l.prefix}/campaigns/stockton/`);
    await page.locator('article').getByRole('link', { name: l.signsLink }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.h1);
  });
}

test('sign pages link to the figure behind them', async ({ page }) => {
  await page.goto('/signs/settings/health-care/');
  await page.locator('[data-stat-link="healthcare-2016"]').click();
  await expect(page.locator('[data-stat-headline]')).toHaveText('1 in 5');
});

// axe, requests to other hosts, CSP and storage are checked on every built page in every-page.spec.ts.
