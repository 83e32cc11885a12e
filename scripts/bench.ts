/**
 * Page-weight benchmark: prints, for every built page, what a first visit
 * transfers (gzip), the JavaScript it carries and the number of requests,
 * then, per language and overall, the median and the largest page outside
 * search beside issue 14's targets. Prints figures; looser budgets that
 * stop regressions are enforced by tests/site/budgets.test.ts. Last, the web
 * editor at /admin/, which no public page loads: its first load and all its
 * files (the rest load on demand).
 *
 *   npm run bench            (after npm run build)
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ADMIN_PAGE, builtPages, isAdminPath, publicPages } from '@/lib/built-pages.ts';
import { site } from '@/config/site.ts';
import { DIST as dist } from '../tests/support/dist-files.ts';
import { BUDGETS, TARGETS, isSearchPage, median, pageWeight, weightsByLanguage } from '../tests/support/page-weight.ts';

const pages = publicPages(dist);
if (pages.length === 0) {
  console.error('No pages in dist/: run npm run build first.');
  process.exit(1);
}
const weights = await Promise.all(
  pages.map(async (p) => pageWeight(dist, p.path, await readFile(p.file, 'utf8'), site.siteUrl)),
);

const kb = (n: number) => (n / 1000).toFixed(1);
/** Exact bytes beside kB, for figures close to a target. */
const bytes = (n: number) => `${kb(n)} kB (${Math.round(n).toLocaleString('en')} B)`;
const rows = weights.map((w) => [
  w.path,
  String(w.requests),
  kb(w.htmlGzip),
  kb(w.cssGzip),
  kb(w.jsGzip),
  kb(w.totalGzip),
  String(w.jsBytes),
  kb(w.imageBytes),
]);
const header = ['page', 'requests', 'HTML gz kB', 'CSS gz kB', 'JS gz kB', 'total gz kB', 'JS bytes', 'images kB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));

const budgeted = weights.filter((w) => !isSearchPage(w.path));
const totals = budgeted.map((w) => w.totalGzip);
const worst = budgeted.reduce((a, b) => (b.totalGzip > a.totalGzip ? b : a));
const jsOutsideSearch = Math.max(...budgeted.map((w) => w.jsBytes));
const verdict = (ok: boolean) => (ok ? 'meets target' : 'OVER TARGET');
console.log(
  `\n${weights.length} pages (${budgeted.length} outside search); gate in tests/site/budgets.test.ts: largest ≤ ${kb(BUDGETS.maxTotalGzip)} kB, median ≤ ${kb(BUDGETS.medianTotalGzip)} kB`,
);
console.log('\nper language (search pages excluded):');
for (const l of weightsByLanguage(weights)) {
  console.log(
    `  ${l.locale.padEnd(4)} ${String(l.pages).padStart(4)} pages  median ${bytes(l.medianTotalGzip)} (target ≤ ${kb(TARGETS.medianTotalGzip)}): ${verdict(l.medianTotalGzip <= TARGETS.medianTotalGzip)}  largest ${bytes(l.largest.totalGzip)} ${l.largest.path} (target ≤ ${kb(TARGETS.maxTotalGzip)}): ${verdict(l.largest.totalGzip <= TARGETS.maxTotalGzip)}`,
  );
}
console.log(
  `\nall languages: median ${bytes(median(totals))} gzip (target ≤ ${kb(TARGETS.medianTotalGzip)} kB): ${verdict(median(totals) <= TARGETS.medianTotalGzip)}`,
);
console.log(
  `largest page: ${worst.path} ${bytes(worst.totalGzip)} gzip (target ≤ ${kb(TARGETS.maxTotalGzip)} kB, ten TCP segments): ${verdict(worst.totalGzip <= TARGETS.maxTotalGzip)}`,
);
console.log(
  `most JS outside search: ${jsOutsideSearch} bytes (budget ${BUDGETS.maxJsBytesOutsideSearch}): ${jsOutsideSearch <= BUDGETS.maxJsBytesOutsideSearch ? 'within budget' : 'OVER BUDGET'}`,
);
console.log(`median requests per page: ${median(weights.map((w) => w.requests))}`);

const admin = builtPages(dist).find((p) => isAdminPath(p.path));
if (admin) {
  const first = pageWeight(dist, ADMIN_PAGE, await readFile(admin.file, 'utf8'), site.siteUrl);
  const folder = join(dist, ADMIN_PAGE);
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  let bytes = 0;
  let gzip = 0;
  for (const e of files) {
    const body = await readFile(join(e.parentPath, e.name));
    bytes += body.length;
    gzip += /\.(woff2|wasm|png)$/.test(e.name) ? body.length : gzipSync(body, { level: 9 }).length;
  }
  console.log(
    `\nweb editor ${ADMIN_PAGE} (no public page loads it): first load ${kb(first.totalGzip)} kB gzip (${first.jsBytes} bytes of JS, ${first.requests} requests); all ${files.length} files ${kb(bytes)} kB, ${kb(gzip)} kB gzip (the rest load on demand)`,
  );
}
