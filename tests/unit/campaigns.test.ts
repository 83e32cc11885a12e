/**
 * Campaigns as a platform: help-line regions, the campaign schema and its
 * cross-language checks, choosing and grouping campaigns, QR codes and the
 * link-preview image.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { defaultHelpRegion, helpRegionIds, helpRegions } from '@/config/help-lines.ts';
import { site } from '@/config/site.ts';
import { campaignSchema } from '@/lib/schemas.ts';
import { checkCampaignVersions } from '@/lib/campaign-ids.ts';
import { campaignsByRegion, featuredCampaign, type CampaignFacts } from '@/lib/campaign-list.ts';
import {
  absoluteUrl,
  campaignImagePath,
  campaignPath,
  campaignsPath,
  kitPath,
  posterPath,
  walletCardsPath,
} from '@/lib/paths.ts';
import { campaignHelpContext, defaultHelpContext, helpContextOf } from '@/lib/help-context.ts';
import { qrModules, qrPath } from '@/lib/qr.ts';
import {
  campaignOgImage,
  drawOgImage,
  ogCacheFile,
  ogDrawing,
  ogImageKey,
  OG_HEIGHT,
  OG_QUALITY,
  OG_WIDTH,
  wrapTitle,
} from '@/lib/og-image.ts';

const project = resolve(import.meta.dirname, '../..');

/* ---------- Help lines ---------- */

test('every help-line region has a callable line and an emergency number; numbers are written once', () => {
  for (const id of helpRegionIds) {
    const { helpline, emergency } = helpRegions[id];
    assert.match(helpline.call.href, /^tel:\+\d{8,15}$/, id);
    assert.match(emergency.href, /^tel:\d{3}$/, id);
    assert.equal(
      helpline.call.href.replace(/\D/g, '').endsWith(helpline.call.display.replace(/\D/g, '').replace(/^0/, '')),
      true,
      id,
    );
  }
  // The UK helpline from FACTS.md.
  assert.equal(helpRegions.uk.helpline.call.href, 'tel:+448000121700');
  assert.equal(helpRegions.uk.emergency.display, '999');
  // The site's default hotline is the US region's, the same object: no number typed twice.
  assert.equal(defaultHelpRegion, 'us');
  assert.equal(site.hotline, helpRegions.us.helpline);
  assert.equal(site.emergency, helpRegions.us.emergency);
  const config = readFileSync(join(project, 'src/config/site.ts'), 'utf8');
  assert.doesNotMatch(config, /\d{3}-\d{3}-\d{4}|tel:/, 'site.ts reads numbers from help-lines.ts');
});

test('a page takes its campaign’s help lines and donation page, else the site’s', () => {
  assert.deepEqual(helpContextOf(undefined), defaultHelpContext);
  assert.deepEqual(helpContextOf({}), { region: 'us', donateUrl: site.donateUrl });
  const uk = campaignHelpContext({ region: 'uk' });
  assert.deepEqual(uk, { region: 'uk', donateUrl: site.donateUrl });
  assert.deepEqual(helpContextOf({ help: uk }), uk);
  assert.equal(
    campaignHelpContext({ region: 'us', donateUrl: 'https://example.org/give/' }).donateUrl,
    'https://example.org/give/',
  );
});

/* ---------- Schema ---------- */

const schema = campaignSchema({ signs: new Set(['farms', 'motels', 'control']) });
const valid = {
  title: 'A campaign title',
  description: 'A description that is long enough to pass the fifty character minimum.',
  place: 'Somewhere',
  region: 'uk',
  status: 'active',
  signs: ['farms', 'motels', 'control'],
  hero: { image: '../../images/stockton-valley.jpg', alt: 'A picture of something' },
  published: '2026-11-26',
};
const issues = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('the campaign schema accepts a valid campaign and fills in defaults', () => {
  const parsed = schema.parse(valid);
  assert.equal(parsed.region, 'uk');
  assert.equal(parsed.featured, false);
  assert.equal(parsed.donateUrl, undefined);
});

test('the campaign schema names a wrong region, status, sign or donation page', () => {
  assert.match(
    issues({ ...valid, region: 'fr' }).join('\n'),
    /^region: Unknown help-line region "fr"\. Use one of: us, uk/m,
  );
  assert.match(issues({ ...valid, status: 'paused' }).join('\n'), /^status: Use one of: active, past/m);
  assert.match(
    issues({ ...valid, signs: ['farms', 'motels', 'casinos'] }).join('\n'),
    /^signs\.2: Unknown warning-sign entry "casinos"/m,
  );
  assert.match(issues({ ...valid, signs: ['farms', 'motels'] }).join('\n'), /^signs: Name exactly three/m);
  assert.match(
    issues({ ...valid, donateUrl: 'http://example.org/' }).join('\n'),
    /^donateUrl: The donation page must be an https:\/\/ address/m,
  );
  assert.match(issues({ ...valid, share: ['Only one message, long enough.'] }).join('\n'), /^share:/m);
});

test('language versions of one campaign must agree on region, status and the other neutral fields', () => {
  const en: Record<string, unknown> = { region: 'us', status: 'active', signs: ['a', 'b', 'c'] };
  const versions = (...files: [string, Record<string, unknown>][]) => new Map(files);
  assert.doesNotThrow(() =>
    checkCampaignVersions(
      'campaigns',
      versions(['en/x.mdx', en], ['es/x.mdx', { ...en }], ['en/y.mdx', { ...en, region: 'uk' }]),
    ),
  );
  assert.throws(
    () => checkCampaignVersions('campaigns', versions(['en/x.mdx', en], ['es/x.mdx', { ...en, region: 'uk' }])),
    /content\/campaigns\/es\/x\.mdx: region is "uk" but content\/campaigns\/en\/x\.mdx says "us"/,
  );
  assert.throws(
    () => checkCampaignVersions('campaigns', versions(['en/x.mdx', en], ['es/x.mdx', { ...en, featured: true }])),
    /es\/x\.mdx: featured is true but .*en\/x\.mdx says false/,
  );
  // Whatever order the files are read in, the wrong translation is named beside the English.
  const hmn: [string, Record<string, unknown>] = ['hmn/x.mdx', { ...en }];
  const es: [string, Record<string, unknown>] = ['es/x.mdx', { ...en, region: 'uk' }];
  assert.doesNotThrow(() => checkCampaignVersions('campaigns', versions(hmn, es)));
  for (const order of [versions(hmn, es, ['en/x.mdx', en]), versions(es, ['en/x.mdx', en], hmn)]) {
    assert.throws(
      () => checkCampaignVersions('campaigns', order),
      /content\/campaigns\/es\/x\.mdx: region is "uk" but content\/campaigns\/en\/x\.mdx says "us"/,
    );
  }
});

/* ---------- Choosing and grouping ---------- */

const c = (
  slug: string,
  region: 'us' | 'uk',
  status: 'active' | 'past',
  published: string,
  featured = false,
): CampaignFacts => ({
  slug,
  region,
  status,
  featured,
  published: new Date(published),
});

test('the featured campaign: an active one marked featured, else the newest active, else the newest', () => {
  const list = [
    c('old', 'us', 'active', '2024-01-01'),
    c('new', 'uk', 'active', '2026-01-01'),
    c('ended', 'us', 'past', '2027-01-01'),
  ];
  assert.equal(featuredCampaign(list)?.slug, 'new');
  assert.equal(featuredCampaign([...list, c('star', 'us', 'active', '2020-01-01', true)])?.slug, 'star');
  // A past campaign marked featured is not put first.
  assert.equal(featuredCampaign([...list, c('was', 'us', 'past', '2028-01-01', true)])?.slug, 'new');
  assert.equal(featuredCampaign([c('ended', 'us', 'past', '2027-01-01')])?.slug, 'ended');
  assert.equal(featuredCampaign([]), undefined);
});

test('the index groups campaigns by region in config order, active first, newest first, past kept', () => {
  const groups = campaignsByRegion([
    c('uk-past', 'uk', 'past', '2026-05-01'),
    c('us-a', 'us', 'active', '2025-01-01'),
    c('uk-new', 'uk', 'active', '2026-01-01'),
    c('uk-old', 'uk', 'active', '2024-01-01'),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.region, g.campaigns.map((x) => x.slug)]),
    [
      ['us', ['us-a']],
      ['uk', ['uk-new', 'uk-old', 'uk-past']],
    ],
  );
  assert.deepEqual(
    campaignsByRegion([c('only-uk', 'uk', 'active', '2026-01-01')]).map((g) => g.region),
    ['uk'],
  );
});

test('campaign, kit and preview-image addresses, and the public URL a QR code carries', () => {
  assert.equal(campaignsPath('es'), '/es/campaigns/');
  assert.equal(kitPath('x', 'en'), '/campaigns/x/kit/');
  assert.equal(posterPath('x', 'es'), '/es/campaigns/x/kit/poster/');
  assert.equal(walletCardsPath('x', 'en'), '/campaigns/x/kit/card/');
  assert.equal(campaignImagePath('x', 'es'), '/es/campaigns/x/og.jpg');
  assert.equal(
    absoluteUrl(campaignPath('x', 'es'), 'https://campaigns.example.org'),
    'https://campaigns.example.org/es/campaigns/x/',
  );
});

/* ---------- QR codes ---------- */

/** Draw modules black on white, `scale` pixels each, and decode them like a phone would. */
function decode(modules: boolean[][], scale = 4, margin = 4): string | undefined {
  const size = (modules.length + 2 * margin) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + margin) * scale + dy) * size + (x + margin) * scale + dx) * 4;
          pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
        }
    }),
  );
  return jsQR(pixels, size, size)?.data;
}

test('QR codes decode back to the address they carry', () => {
  for (const url of [
    'https://campaigns.example.org/es/campaigns/uk-food-industry/',
    'http://127.0.0.1:4321/campaigns/x/',
  ]) {
    assert.equal(decode(qrModules(url)), url);
  }
  assert.throws(() => qrModules('https://example.org/ñ'), /ASCII/);
});

test('the QR path draws exactly the dark modules, inside the quiet zone', () => {
  const modules = qrModules('https://example.org/');
  const { size, d } = qrPath(modules, 4);
  assert.equal(size, modules.length + 8);
  const dark = modules.flat().filter(Boolean).length;
  const drawn = [...d.matchAll(/M(\d+) (\d+)h(\d+)/g)].reduce((sum, m) => {
    assert.ok(Number(m[1]) >= 4 && Number(m[2]) >= 4 && Number(m[1]) + Number(m[3]) <= size - 4);
    return sum + Number(m[3]);
  }, 0);
  assert.equal(drawn, dark);
});

/* ---------- Link-preview image ---------- */

test('titles wrap at spaces into at most three lines', () => {
  assert.deepEqual(wrapTitle('Health care: spotting the signs', 20, 3), ['Health care:', 'spotting the signs']);
  assert.deepEqual(wrapTitle('one two three four five six', 9, 2), ['one two', 'three…']);
});

test('the preview image is the picture cropped to 1200×630, as JPEG', async () => {
  const image = await campaignOgImage({
    picture: join(project, 'content/images/stockton-valley.jpg'),
    title: 'Is Stockton a hotspot for human trafficking?',
    kicker: 'STOP THE TRAFFIK',
    lang: 'en',
  });
  const meta = await sharp(image).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', OG_WIDTH, OG_HEIGHT]);
});

test('a preview image is drawn once per picture, title and language; another title or language gets its own', async () => {
  const input = {
    picture: join(project, 'content/images/stockton-valley.jpg'),
    title: 'A title drawn once',
    kicker: 'STOP THE TRAFFIK',
    lang: 'en',
  };
  const first = campaignOgImage(input);
  assert.equal(campaignOgImage({ ...input }), first, 'the same drawing for the same input');
  const otherTitle = campaignOgImage({ ...input, title: 'Another title' });
  const otherLanguage = campaignOgImage({ ...input, lang: 'es' });
  assert.notEqual(otherTitle, first);
  assert.notEqual(otherLanguage, first);
  assert.ok(!(await first).equals(await otherTitle));
});

test('the key of a kept preview image changes with each thing the drawing depends on', () => {
  const picture = readFileSync(join(project, 'content/images/stockton-valley.jpg'));
  const input = { title: 'A title', kicker: 'STOP THE TRAFFIK', lang: 'en' };
  const key = ogImageKey(input, picture);
  assert.equal(ogImageKey({ ...input }, Buffer.from(picture)), key, 'the same inputs, the same key');
  const otherPicture = Buffer.from(picture);
  otherPicture[otherPicture.length - 3]! ^= 1;
  const others = [
    ogImageKey(input, otherPicture),
    ogImageKey({ ...input, title: 'A title.' }, picture),
    ogImageKey({ ...input, kicker: 'STOP THE TRAFFIK ' }, picture),
    ogImageKey({ ...input, lang: 'es' }, picture),
    ogImageKey(input, picture, `${ogDrawing()} `),
  ];
  assert.equal(new Set([key, ...others]).size, others.length + 1, 'each change gives another key');
  // What the drawing depends on: the code that draws (as it runs), its size and quality, sharp's libraries.
  const drawing = ogDrawing();
  for (const part of [String(drawOgImage), String(wrapTitle), sharp.versions])
    assert.ok(drawing.includes(JSON.stringify(part)), JSON.stringify(part).slice(0, 60));
  assert.ok(drawing.includes(`[${OG_WIDTH},${OG_HEIGHT},${OG_QUALITY}]`));
});

test('a preview image is kept in the cache folder: drawn once, byte for byte a fresh drawing, then read back', async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  try {
    const picturePath = join(project, 'content/images/stockton-valley.jpg');
    const input = { picture: picturePath, title: 'A kept title', kicker: 'STOP THE TRAFFIK', lang: 'en' };
    const file = ogCacheFile(cacheDir, ogImageKey(input, readFileSync(picturePath)));
    const drawn = await campaignOgImage(input, { cacheDir });
    assert.ok(drawn.equals(await drawOgImage(input)), 'the same bytes as a drawing without the cache');
    assert.ok(readFileSync(file).equals(drawn), 'kept under its key');
    assert.deepEqual(readdirSync(cacheDir), [file.slice(cacheDir.length + 1)], 'nothing else left in the folder');
    // A later build (a new process: the picture given as bytes skips the in-memory drawings) reads the kept file.
    writeFileSync(file, 'the kept bytes');
    const kept = await campaignOgImage({ ...input, picture: readFileSync(picturePath) }, { cacheDir });
    assert.equal(kept.toString(), 'the kept bytes');
    // Another title is another key: drawn, not the kept file.
    const other = await campaignOgImage(
      { ...input, picture: readFileSync(picturePath), title: 'Another' },
      { cacheDir },
    );
    assert.notEqual(other.toString(), 'the kept bytes');
    assert.equal(readdirSync(cacheDir).length, 2);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

/* ---------- No page names a campaign ---------- */

test('nothing in src/ names a campaign by its file name', () => {
  const slugs = readdirSync(join(project, 'content/campaigns/en')).map((f) => f.replace(/\.mdx$/, ''));
  assert.ok(slugs.length >= 3);
  const files = readdirSync(join(project, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(ts|astro|mjs)$/.test(f),
  );
  const named: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(project, 'src', file), 'utf8');
    for (const slug of slugs) {
      // An address, a path builder called with the name, or a comparison with it (a post tag may share the word).
      const naming = new RegExp(
        `/campaigns/${slug}/|[Cc]ampaign\\w*\\(\\s*['"\`]${slug}['"\`]|[=!]==?\\s*['"\`]${slug}['"\`]`,
      );
      if (naming.test(text)) named.push(`src/${file}: ${slug}`);
    }
  }
  assert.deepEqual(named, []);
});
