/**
 * Page-weight benchmark: prints, for every built page, what a first visit
 * transfers (gzip), the JavaScript it carries and the number of requests,
 * then the median and the worst page against the budgets. Prints figures;
 * the budgets are also enforced by tests/site/budgets.test.ts.
 *
 *   npm run bench            (after npm run build)
 */
import { readFile } from 'node:fs/promises';
import { builtPages } from '@/lib/built-pages.ts';
import { site } from '@/config/site.ts';
import { DIST as dist } from '../tests/support/dist-files.ts';
import { BUDGETS, isSearchPage, median, pageWeight } from '../tests/support/page-weight.ts';

const pages = builtPages(dist);
if (pages.length === 0) {
  console.error('No pages in dist/: run npm run build first.');
  process.exit(1);
}
const weights = await Promise.all(
  pages.map(async (p) => pageWeight(dist, p.path, await readFile(p.file, 'utf8'), site.siteUrl)),
);

const kb = (n: number) => (n / 1024).toFixed(1);
const rows = weights.map((w) => [w.path, String(w.requests), kb(w.htmlGzip), kb(w.cssGzip), kb(w.jsGzip), kb(w.totalGzip), String(w.jsBytes), kb(w.imageBytes)]);
const header = ['page', 'requests', 'HTML gz KB', 'CSS gz KB', 'JS gz KB', 'total gz KB', 'JS bytes', 'images KB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));

const totals = weights.map((w) => w.totalGzip);
const worst = weights.reduce((a, b) => (b.totalGzip > a.totalGzip ? b : a));
const jsOutsideSearch = Math.max(...weights.filter((w) => !isSearchPage(w.path)).map((w) => w.jsBytes));
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
console.log(`\n${weights.length} pages`);
console.log(`median page: ${kb(median(totals))} KB gzip (budget ${kb(BUDGETS.medianTotalGzip)} KB): ${verdict(median(totals) < BUDGETS.medianTotalGzip)}`);
console.log(`largest page: ${worst.path} ${kb(worst.totalGzip)} KB gzip (budget ${kb(BUDGETS.maxTotalGzip)} KB): ${verdict(worst.totalGzip <= BUDGETS.maxTotalGzip)}`);
console.log(`most JS outside search: ${jsOutsideSearch} bytes (budget ${BUDGETS.maxJsBytesOutsideSearch}): ${verdict(jsOutsideSearch <= BUDGETS.maxJsBytesOutsideSearch)}`);
console.log(`median requests per page: ${median(weights.map((w) => w.requests))}`);
