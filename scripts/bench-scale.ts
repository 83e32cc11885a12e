/**
 * Build cost at scale: copies the project to a temporary folder, adds N
 * synthetic posts in every locale, builds, and prints build seconds and
 * seconds per page for each N. The synthetic posts exist only in the
 * temporary copy; nothing is written to content/.
 *
 *   npm run bench:scale                 (N = 100, 1000, 3000)
 *   npm run bench:scale -- --sizes 50,200
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { locales } from '@/i18n/locales.ts';
import { postTagKeys } from '@/config/tags.ts';
import { LOCAL_SITE_URL } from '@/config/site.ts';
import { copyProject } from '../tests/support/project-copy.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,3000' } } });
const sizes = values.sizes!.split(',').map((n) => Number(n.trim())).filter((n) => n > 0);

const work = copyProject('bench-scale-');

const words = 'community report signs hotline labour farm motel online advert health worker restaurant debt documents isolation threat support awareness valley county neighbour'.split(' ');
function body(i: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 6; p++) {
    const sentence: string[] = [];
    for (let w = 0; w < 70; w++) sentence.push(words[(i * 7 + p * 13 + w * 5) % words.length]!);
    paragraphs.push(`${sentence.join(' ')}.`);
  }
  return `Synthetic benchmark post ${i}: it exists only in a temporary copy of the site.\n\n## Section\n\n${paragraphs.join('\n\n')}\n`;
}

function writePosts(n: number) {
  for (const locale of locales) {
    const dir = join(work, 'content', 'posts', locale, 'bench');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let i = 1; i <= n; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      const tag = postTagKeys[i % postTagKeys.length];
      writeFileSync(
        join(dir, `bench-${String(i).padStart(5, '0')}.mdx`),
        `---\ntitle: Synthetic benchmark post ${i}\ndescription: A synthetic post used only to measure how build time grows with the number of posts.\npublished: 2020-${month}-${day}\nauthor: Benchmark\ntags: [${tag}]\nhero:\n  image: ../../../images/posts/blog-default.jpg\n  alt: The default illustration used for posts without their own picture.\n---\n\n${body(i)}`,
      );
    }
  }
}

function countPages(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    bytes += statSync(file).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}

function timed(cmd: string, args: string[]): number {
  const start = performance.now();
  execFileSync(cmd, args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'], env: { SITE_URL: LOCAL_SITE_URL, ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return (performance.now() - start) / 1000;
}

console.log(`Build cost at scale (${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, Node ${process.version})`);
console.log(['posts per locale', 'pages', 'astro build s', 's per page', 'pagefind s', 'dist MB'].join('\t'));
try {
  for (const n of sizes) {
    writePosts(n);
    const build = timed('npx', ['astro', 'build', '--silent']);
    const index = timed('npx', ['pagefind', '--site', 'dist', '--silent']);
    const { pages, bytes } = countPages(join(work, 'dist'));
    console.log([n, pages, build.toFixed(1), (build / pages).toFixed(4), index.toFixed(1), (bytes / 1e6).toFixed(1)].join('\t'));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
