/**
 * Link previews as a browser fetches them. Every page's head (title, description,
 * canonical, Open Graph, Twitter, JSON-LD), the sitemap and robots.txt are
 * checked on the built files in tests/site/seo.test.ts.
 */
import { expect, test } from '@playwright/test';

test('campaign pages preview their own image with their title, 1200×630, drawn at build time', async ({
  page,
  request,
}) => {
  await page.goto('/campaigns/stockton/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/campaigns\/stockton\/og\.jpg$/);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /San Joaquin Valley/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  const bytes = await (await request.get(new URL(image!).pathname)).body();
  // JPEG SOF0/SOF2 frame header: height and width as big-endian 16-bit numbers.
  let size: { width: number; height: number } | undefined;
  for (let i = 2; i < bytes.length - 9; i++) {
    if (bytes[i] === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2)) {
      size = { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
      break;
    }
  }
  expect(size).toEqual({ width: 1200, height: 630 });
});
