/**
 * Lighthouse (mobile) on the key pages in both languages, against dist/ served
 * locally with the production headers. Prints the four category scores.
 *
 *   npm run bench:lighthouse         (after npm run build)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { localizePath, locales } from '@/i18n/index.ts';
import { startServer } from './serve.ts';
import { SYSTEM_CHROMIUM, CHROMIUM_ARGS } from '../tests/support/browser.ts';
import { DIST as dist } from '../tests/support/dist-files.ts';

const PORT = Number(process.env.PORT ?? 4340);
const candidates = [
  '/',
  '/campaigns/stockton/',
  '/blog/',
  '/blog/stockton-campaign-introduction/',
  '/signs/',
  '/search/',
];
const paths = candidates
  .flatMap((p) => locales.map((locale) => localizePath(p, locale)))
  .filter((p) => existsSync(resolve(dist, `.${p}`, 'index.html')));
if (paths.length === 0) {
  console.error('No pages in dist/: run npm run build first.');
  process.exit(1);
}

const server = await startServer({ dir: dist, port: PORT });
const chrome = await chromeLauncher.launch({
  chromePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
console.log(['page', ...categories].join('\t'));
try {
  for (const path of paths) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
      formFactor: 'mobile',
    });
    const lhr = result?.lhr;
    const scores = categories.map((c) => String(Math.round((lhr?.categories[c]?.score ?? 0) * 100)));
    console.log([path, ...scores].join('\t'));
    const failing = Object.values(lhr?.audits ?? {}).filter(
      (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
    );
    for (const audit of failing) console.log(`    ${audit.id}: ${audit.title}`);
  }
} finally {
  chrome.kill();
  server.close();
}
