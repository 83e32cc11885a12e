import { site } from '@/config/site.ts';
import { helpRegions } from '@/config/help-lines.ts';
import type { Locale } from '@/i18n/index.ts';
import { pagePath } from '@/lib/paths.ts';
import { expect, test } from '@playwright/test';

const { relay } = helpRegions.us.helpline;

/** The store badges link to the configured stores, in this order; each language words them its own way. */
const stores = [
  { store: 'app-store', href: site.stopApp.appStoreUrl },
  { store: 'google-play', href: site.stopApp.googlePlayUrl },
];

const support = [
  {
    lang: 'en',
    h1: 'Support our work',
    nav: 'Main',
    navLinks: ['Get help', 'Support us'],
    badges: ['Download on the App Store', 'Get it on Google Play'],
    headings: ['Other ways to help', 'What the STOP APP is for', 'How to report trafficking'],
  },
  {
    lang: 'es',
    h1: 'Apoye nuestro trabajo',
    nav: 'Principal',
    navLinks: ['Pedir ayuda', 'Apóyenos'],
    badges: ['Descárguela en App Store', 'Disponible en Google Play'],
    headings: ['Otras formas de ayudar', 'Para qué sirve la STOP APP', 'Cómo denunciar la trata'],
  },
  {
    lang: 'hmn',
    h1: 'Pab peb txoj haujlwm',
    nav: 'Cov nplooj tseem ceeb',
    navLinks: ['Nrhiav kev pab', 'Pab peb'],
    badges: ['Rub tau ntawm App Store', 'Rub tau ntawm Google Play'],
    headings: ['Lwm txoj kev pab', 'STOP APP yog siv ua dab tsi', 'Yuav qhia tawm txog kev lag luam tib neeg li cas'],
  },
  {
    lang: 'km',
    h1: 'គាំទ្រការងាររបស់យើង',
    nav: 'ម៉ឺនុយចម្បង',
    navLinks: ['រកជំនួយ', 'គាំទ្រយើង'],
    badges: ['ទាញយកនៅលើ App Store', 'ទាញយកនៅលើ Google Play'],
    headings: ['មធ្យោបាយផ្សេងទៀតដើម្បីជួយ', 'STOP APP សម្រាប់ធ្វើអ្វី', 'របៀបរាយការណ៍ការជួញដូរមនុស្ស'],
  },
];

for (const p of support) {
  test(`support page (${p.lang}): donate, ways to help, STOP APP badges and reporting`, async ({ page }) => {
    const response = await page.goto(pagePath('support', p.lang as Locale));
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(p.h1);
    for (const heading of p.headings)
      await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();

    // Donate goes to the configured donation page, safely.
    const donate = main.locator('a[data-support="donate"]');
    await expect(donate).toHaveCount(1);
    await expect(donate).toHaveAttribute('href', site.donateUrl);
    await expect(donate).toHaveAttribute('rel', 'noopener noreferrer');

    // The store badges: real, translated text; the icons are decoration.
    for (const [i, { store, href }] of stores.entries()) {
      const link = main.locator(`a[data-store="${store}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('href', href);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAccessibleName(`${p.badges[i]} (${site.stopApp.name})`);
      await expect(link.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    }

    // Every link in the page's content that leaves the site carries rel="noopener noreferrer".
    const external = await main.locator('a[href^="http"]').evaluateAll((links) =>
      links
        .filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin)
        .map((a) => ({
          href: a.getAttribute('href'),
          rel: (a.getAttribute('rel') ?? '').split(/\s+/).sort().join(' '),
        })),
    );
    expect(external.length).toBeGreaterThanOrEqual(3);
    for (const link of external) expect(link.rel, link.href ?? '').toBe('noopener noreferrer');
    expect(external.map((l) => l.href).sort()).toEqual(
      [site.donateUrl, site.stopApp.appStoreUrl, site.stopApp.googlePlayUrl].sort(),
    );

    // How to report: the hotline, tap-to-call and tap-to-text, from the config.
    await expect(main.locator(`a[href="${site.hotline.call.href}"]`)).toHaveCount(1);
    await expect(main.locator(`a[href="${site.hotline.text.href}"]`)).toHaveCount(1);

    // Reached from the main navigation in this language; the current page is marked.
    const nav = page.getByRole('navigation', { name: p.nav });
    for (const name of p.navLinks) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: p.navLinks[1], exact: true })).toHaveAttribute('aria-current', 'page');
  });
}

const getHelp = [
  {
    path: '/get-help/',
    lang: 'en',
    h1: 'Get help now',
    headings: [
      'In an emergency',
      'Call or text the hotline',
      'Who runs the hotline',
      'What happens when you contact the hotline',
      'Beware of fake calls',
      'Browse safely',
    ],
    runBy: /run by Polaris, a non-profit/,
    escTwice: 'Esc twice',
  },
  {
    path: '/es/get-help/',
    lang: 'es',
    h1: 'Pedir ayuda ahora',
    headings: [
      'En una emergencia',
      'Llame o envíe un mensaje a la línea de ayuda',
      'Quién atiende la línea',
      'Qué pasa cuando se comunica con la línea',
      'Cuidado con las llamadas falsas',
      'Navegue con seguridad',
    ],
    runBy: /atiende Polaris, una organización sin fines de lucro/,
    escTwice: 'Esc dos veces',
  },
  {
    path: '/hmn/get-help/',
    lang: 'hmn',
    h1: 'Nrhiav kev pab tam sim no',
    headings: [
      'Thaum muaj xwm txheej ceev',
      'Hu los yog xa ntawv rau lub xov tooj pab',
      'Leej twg khiav lub xov tooj pab',
      'Thaum koj tiv tauj lub xov tooj pab, yuav muaj li cas',
      'Ceev faj cov xov tooj cuav',
      'Siv lub vev xaib no kom nyab xeeb',
    ],
    runBy: /Polaris, ib lub koom haum tsis khwv nyiaj/,
    escTwice: 'Esc ob zaug',
  },
  {
    path: '/km/get-help/',
    lang: 'km',
    h1: 'រកជំនួយឥឡូវនេះ',
    headings: [
      'ពេលមានអាសន្ន',
      'ហៅទូរស័ព្ទ ឬផ្ញើសារទៅខ្សែទូរស័ព្ទជំនួយ',
      'អ្នកណាដំណើរការខ្សែទូរស័ព្ទជំនួយនេះ',
      'អ្វីដែលកើតឡើងនៅពេលអ្នកទាក់ទងខ្សែទូរស័ព្ទជំនួយ',
      'ប្រយ័ត្នការហៅទូរស័ព្ទក្លែងក្លាយ',
      'ប្រើគេហទំព័រនេះដោយសុវត្ថិភាព',
    ],
    runBy: /ដំណើរការដោយ Polaris/,
    escTwice: 'Esc ពីរដង',
  },
  {
    path: '/pa/get-help/',
    lang: 'pa',
    h1: 'ਹੁਣੇ ਮਦਦ ਲਓ',
    headings: [
      'ਐਮਰਜੈਂਸੀ ਵਿੱਚ',
      'ਹੈਲਪਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਜਾਂ ਟੈਕਸਟ ਕਰੋ',
      'ਹੈਲਪਲਾਈਨ ਕੌਣ ਚਲਾਉਂਦਾ ਹੈ',
      'ਹੈਲਪਲਾਈਨ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ’ਤੇ ਕੀ ਹੁੰਦਾ ਹੈ',
      'ਨਕਲੀ ਫ਼ੋਨ ਕਾਲਾਂ ਤੋਂ ਸਾਵਧਾਨ',
      'ਸੁਰੱਖਿਅਤ ਰਹਿ ਕੇ ਪੜ੍ਹੋ',
    ],
    runBy: /Polaris ਨਾਂ ਦੀ ਇੱਕ ਗ਼ੈਰ-ਮੁਨਾਫ਼ਾ ਸੰਸਥਾ/,
    escTwice: 'Esc ਦੋ ਵਾਰ',
  },
];

for (const p of getHelp) {
  test(`get-help page (${p.lang}): hotline, emergency, who runs it, what happens, the relay number, safe browsing`, async ({
    page,
  }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(p.h1);
    const h2s = await main.getByRole('heading', { level: 2 }).allTextContents();
    expect(h2s).toEqual(p.headings);
    await expect(main.locator(`a[href="${site.hotline.call.href}"]`)).toContainText(site.hotline.call.display);
    await expect(main.locator(`a[href="${site.hotline.text.href}"]`)).toContainText(site.hotline.text.shortCode);
    await expect(main.locator(`a[href="${site.emergency.href}"]`)).toContainText(site.emergency.display);
    // Who runs the hotline (FACTS.md), and the relay number for deaf and hard-of-hearing callers, from the config.
    await expect(main.getByRole('listitem').filter({ hasText: p.runBy })).toHaveCount(1);
    await expect(main.locator(`a[href="${relay.href}"]`)).toHaveText(relay.display);
    // Safe-browsing advice names the quick exit that is on the page.
    await expect(page.locator('#quick-exit')).toBeVisible();
    await expect(main).toContainText(p.escTwice);
  });
}

test('campaign pages end with the same support call as the support page', async ({ page }) => {
  for (const path of [
    '/campaigns/stockton/',
    '/es/campaigns/stockton/',
    '/hmn/campaigns/stockton/',
    '/km/campaigns/stockton/',
  ]) {
    await page.goto(path);
    const last = page.locator('main > *').last();
    await expect(last).toHaveClass(/support-call/);
    await expect(last.locator('a[data-support="donate"]')).toHaveAttribute('href', site.donateUrl);
    await expect(last.locator('a[data-store]')).toHaveCount(2);
  }
  await page.goto('/support/');
  await expect(page.locator('main .support-call')).toHaveCount(1);
});

// axe, requests to other hosts, CSP and storage are checked on every built page in every-page.spec.ts.
