/**
 * Campaigns as a platform: the index, help lines that follow each campaign's
 * region, and the outreach kit (poster and wallet cards that print on one
 * page, a QR code that decodes to the campaign's public address, share texts,
 * the link-preview image). Campaigns and their regions are read from the
 * content files staff commit, independently of the site code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { helpRegionIds, helpRegions, type HelpRegionId } from '@/config/help-lines.ts';
import { site } from '@/config/site.ts';
import { locales, type Locale } from '@/i18n/locales.ts';
import {
  absoluteUrl,
  campaignImagePath,
  campaignPath,
  campaignsPath,
  homePath,
  kitPath,
  postPath,
  posterPath,
  walletCardsPath,
} from '@/lib/paths.ts';

const root = join(import.meta.dirname, '../..');
const frontmatter = (file: string) => readFileSync(join(root, file), 'utf8').split('---')[1] ?? '';
const field = (front: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(front)?.[1]?.trim();

/** Every campaign, from content/campaigns/en/. */
const campaigns = readdirSync(join(root, 'content/campaigns/en'))
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => {
    const front = frontmatter(`content/campaigns/en/${f}`);
    return {
      slug: f.replace(/\.mdx$/, ''),
      region: field(front, 'region') as HelpRegionId,
      donateUrl: field(front, 'donateUrl'),
    };
  });

/** Posts that name a campaign, from content/posts/<locale>/ (every locale has every post). */
const postsOf = (slug: string) =>
  readdirSync(join(root, 'content/posts'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') && field(frontmatter(`content/posts/${f}`), 'campaign') === slug)
    .map((f) =>
      f
        .split('/')
        .pop()!
        .replace(/\.mdx$/, ''),
    );

/** The public address a QR code must carry: the campaign page in that language, on the configured site. */
const publicUrl = (slug: string, locale: Locale) => absoluteUrl(campaignPath(slug, locale), site.siteUrl);

/** Screenshot an element and decode the QR code in it. */
async function decodeQr(element: Locator): Promise<string | undefined> {
  const png = await element.screenshot({ scale: 'device' });
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** Pages of a PDF printed in a paper format. */
async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = (await page.pdf({ format })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

/** The help lines of a region are on the page, tap to call; no other region's line is. */
async function expectOnlyRegionLines(scope: Page | Locator, region: HelpRegionId) {
  const { helpline } = helpRegions[region];
  await expect(scope.locator(`a[href="${helpline.call.href}"]`).first()).toContainText(helpline.call.display);
  for (const other of helpRegionIds.filter((r) => r !== region)) {
    const lines = helpRegions[other].helpline;
    await expect(scope.locator(`a[href="${lines.call.href}"]`), `${other} line on a ${region} page`).toHaveCount(0);
    if ('text' in lines) await expect(scope.locator(`a[href="${lines.text.href}"]`)).toHaveCount(0);
  }
}

test('there are at least three campaigns, in both help-line regions', () => {
  expect(campaigns.length).toBeGreaterThanOrEqual(3);
  expect(new Set(campaigns.map((c) => c.region))).toEqual(new Set(['us', 'uk']));
});

for (const locale of locales) {
  test(`the campaigns index in ${locale} lists every campaign by region, with place, summary, picture and status`, async ({
    page,
  }) => {
    await page.goto(homePath(locale));
    // The main navigation and the home page read the collection: nothing names a campaign.
    const nav = page.locator('header nav');
    await expect(nav.locator(`a[href="${campaignsPath(locale)}"]`)).toHaveCount(1);
    const featured = page.locator('[data-featured-campaign]');
    const slug = await featured.getAttribute('data-featured-campaign');
    expect(campaigns.map((c) => c.slug)).toContain(slug);
    await featured.click();
    await expect(page).toHaveURL(new RegExp(`${campaignPath(slug!, locale)}$`));

    await page.goto(campaignsPath(locale));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const cards = page.locator('[data-campaign-card]');
    await expect(cards).toHaveCount(campaigns.length);
    for (const campaign of campaigns) {
      const card = page.locator(`[data-region="${campaign.region}"] [data-campaign-card="${campaign.slug}"]`);
      await expect(card, `${campaign.slug} under its region`).toHaveCount(1);
      await expect(card.locator('img')).toHaveAttribute('alt', /.{10,}/);
      // Card pictures load lazily: bring each into view and wait until it has really loaded.
      const img = card.locator('img');
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)))
        .toBeGreaterThan(0);
      await expect(card.locator('[data-campaign-status]')).toHaveText(/\S/);
      await expect(card.locator('[data-campaign-place]')).toHaveText(/\S/);
      await expect(card.locator('h3 a')).toHaveAttribute('href', campaignPath(campaign.slug, locale));
    }
    // Regions appear in the config's order, each headed by its name.
    const regions = await page
      .locator('section[data-region]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
    expect(regions).toEqual(helpRegionIds.filter((r) => campaigns.some((c) => c.region === r)));
  });
}

for (const campaign of campaigns) {
  for (const locale of locales) {
    test(`${campaign.slug} (${locale}): its page and its posts show the ${campaign.region} help lines only`, async ({
      page,
    }) => {
      const paths = [
        campaignPath(campaign.slug, locale),
        ...postsOf(campaign.slug).map((post) => postPath(post, locale)),
      ];
      for (const path of paths) {
        await page.goto(path);
        // The header's help block and the footer's.
        await expectOnlyRegionLines(page.locator('body > header'), campaign.region);
        await expectOnlyRegionLines(page.locator('body > footer'), campaign.region);
        await expectOnlyRegionLines(page, campaign.region);
        await expect(page.locator('[data-help-region]').first()).toHaveAttribute('data-help-region', campaign.region);
      }
      // Donations follow the campaign: its page, or the site's, with no tracking added.
      await page.goto(paths[0]!);
      const donate = page.locator('main a[data-support="donate"]');
      await expect(donate).toHaveAttribute('href', campaign.donateUrl ?? site.donateUrl);
      await expect(donate).toHaveAttribute('rel', 'noopener noreferrer');
      await page.locator('[data-kit-link]').click();
      await expect(page).toHaveURL(new RegExp(`${kitPath(campaign.slug, locale)}$`));
    });

    test(`${campaign.slug} (${locale}): poster and wallet cards print on one page, with a QR code to the campaign`, async ({
      page,
    }) => {
      const url = publicUrl(campaign.slug, locale);
      for (const kind of ['poster', 'card'] as const) {
        await page.goto(kind === 'poster' ? posterPath(campaign.slug, locale) : walletCardsPath(campaign.slug, locale));
        const sheet = page.locator(kind === 'poster' ? '[data-poster]' : '[data-wallet-cards]');
        await expectOnlyRegionLines(sheet, campaign.region);
        const qr = sheet.locator('svg.qr-code').first();
        await qr.scrollIntoViewIfNeeded();
        expect(await decodeQr(qr), `${kind} QR code`).toBe(url);
        if (kind === 'card') expect(await sheet.locator('[data-wallet-card]').count()).toBeGreaterThanOrEqual(4);
        else await expect(sheet.locator('[data-poster-sign]')).toHaveCount(3);
        // Print: the header, navigation and footer go, black on white, exactly one sheet of either size.
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('body > header')).toBeHidden();
        await expect(page.locator('body > footer')).toBeHidden();
        await expect(
          sheet.locator(`a[href="${helpRegions[campaign.region].helpline.call.href}"]`).first(),
        ).toBeVisible();
        for (const format of ['A4', 'Letter'] as const) {
          expect(await printedPages(page, format), `${kind} on ${format}`).toBe(1);
        }
        await page.emulateMedia({ media: 'screen' });
      }
    });
  }
}

test('a UK kit shows the UK helpline and 999, not the US hotline', async ({ page }) => {
  const uk = campaigns.find((c) => c.region === 'uk')!;
  await page.goto(posterPath(uk.slug, 'en'));
  const poster = page.locator('[data-poster]');
  await expect(poster).toContainText(helpRegions.uk.helpline.name);
  await expect(poster.locator('a[href="tel:+448000121700"]')).toHaveText(helpRegions.uk.helpline.call.display);
  await expect(poster).toContainText(helpRegions.uk.emergency.display);
  await expect(poster).not.toContainText(helpRegions.us.helpline.call.display);
  await expect(poster).not.toContainText(helpRegions.us.helpline.name);
  await expect(page.locator('a[href^="tel:+1"], a[href^="sms:"]')).toHaveCount(0);
});

test.describe('share texts', () => {
  test('copy with a button: the text and the campaign address', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const campaign = campaigns[0]!;
    await page.goto(kitPath(campaign.slug, 'es'));
    const texts = page.locator('[data-share-text]');
    expect(await texts.count()).toBeGreaterThanOrEqual(2);
    expect(await texts.count()).toBeLessThanOrEqual(3);
    for (const text of await texts.all()) await expect(text).toContainText(publicUrl(campaign.slug, 'es'));
    const button = page.locator('button[data-copy]').nth(1);
    await expect(button).toBeVisible();
    await button.click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Mensaje copiado.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await texts.nth(1).innerText()).replace(/\s+/g, ' ').trim());
    expect(copied.endsWith(publicUrl(campaign.slug, 'es'))).toBe(true);
    // The preview image is the campaign's, drawn at build time: a 1200×630 JPEG on this site.
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toBe(absoluteUrl(campaignImagePath(campaign.slug, 'es'), site.siteUrl));
    const image = await page.request.get(new URL(og!).pathname);
    expect(image.headers()['content-type']).toBe('image/jpeg');
    const meta = await sharp(await image.body()).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the texts are there to select, and no button that cannot work', async ({ page }) => {
      await page.goto(kitPath(campaigns[0]!.slug, 'en'));
      await expect(page.locator('[data-share-text]').first()).toBeVisible();
      await expect(page.locator('button[data-copy]').first()).toBeHidden();
      await expect(page.locator('[data-share-texts] noscript')).toHaveCount(1);
    });
  });
});

test('the 404 page links to the campaigns from the collection', async ({ page }) => {
  await page.goto('/no-such-page/');
  await expect(page.locator(`main a[href="${campaignsPath('en')}"]`)).toHaveCount(1);
  const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.some((href) => campaigns.some((c) => href === campaignPath(c.slug, 'en')))).toBe(true);
});
