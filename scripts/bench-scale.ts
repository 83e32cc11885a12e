/**
 * Build cost at scale, beside the framework's floor. For each N it:
 *   1. adds N synthetic posts in every locale to a temporary copy of the site
 *      and builds it (`astro build`, then Pagefind);
 *   2. in the same run builds a bare Astro + MDX project (no Tailwind, no
 *      i18n, one page per post) from the very same post files: the floor;
 *   3. changes one post's title and rebuilds the site (the rebuild a writer
 *      waits for after an edit);
 * and prints seconds, pages, per-page cost and the ratios beside the targets
 * (site per page ≤ 1.1× the floor, rebuild ≤ 0.4× a full build). Then it
 * runs `npm run bench:search` against the largest build (`--skip-search` not).
 * Everything is written in temporary folders; nothing in content/ changes.
 * Timings vary with the machine's load: the ratios are what count.
 *
 *   npm run bench:scale                          (N = 100, 1000)
 *   npm run bench:scale -- --sizes 50,200 --skip-search
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { locales } from '@/i18n/locales.ts';
import { postTagKeys } from '@/config/tags.ts';
import { LOCAL_SITE_URL } from '@/config/site.ts';
import { copyProject, PROJECT } from '../tests/support/project-copy.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    'skip-search': { type: 'boolean', default: false },
  },
});
const sizes = values
  .sizes!.split(',')
  .map((n) => Number(n.trim()))
  .filter((n) => n > 0);
const TARGET_FLOOR_RATIO = 1.1;
const TARGET_REBUILD_RATIO = 0.4;

const work = copyProject('bench-scale-');
/** The floor project sits inside the copy, so it resolves the same node_modules. */
const floor = join(work, 'floor');

const words =
  'community report signs hotline labour farm motel online advert health worker restaurant debt documents isolation threat support awareness valley county neighbour'.split(
    ' ',
  );
function body(i: number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 6; p++) {
    const sentence: string[] = [];
    for (let w = 0; w < 70; w++) sentence.push(words[(i * 7 + p * 13 + w * 5) % words.length]!);
    paragraphs.push(`${sentence.join(' ')}.`);
  }
  return `Synthetic benchmark post ${i}: it exists only in a temporary copy of the site.\n\n## Section\n\n${paragraphs.join('\n\n')}\n`;
}

const postFile = (root: string, locale: string, i: number) =>
  join(root, 'content', 'posts', locale, 'bench', `bench-${String(i).padStart(5, '0')}.mdx`);

function writePosts(n: number) {
  for (const root of [work, floor]) {
    for (const locale of locales) {
      const dir = join(root, 'content', 'posts', locale, 'bench');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (let i = 1; i <= n; i++) {
        const day = String((i % 28) + 1).padStart(2, '0');
        const month = String((i % 12) + 1).padStart(2, '0');
        const tag = postTagKeys[i % postTagKeys.length];
        writeFileSync(
          postFile(root, locale, i),
          `---\ntitle: Synthetic benchmark post ${i}\ndescription: A synthetic post used only to measure how build time grows with the number of posts.\npublished: 2020-${month}-${day}\nauthor: Benchmark\ntags: [${tag}]\nhero:\n  image: ../../../images/posts/blog-default.jpg\n  alt: The default illustration used for posts without their own picture.\n---\n\n${body(i)}`,
        );
      }
    }
  }
}

/** A bare Astro + MDX site: one content collection, one page per post, nothing else. */
function writeFloorProject() {
  mkdirSync(join(floor, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(floor, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(floor, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n` +
      `export const collections = { posts: defineCollection({ loader: glob({ pattern: '*/bench/*.mdx', base: './content/posts' }), ` +
      `schema: z.object({ title: z.string(), description: z.string(), published: z.coerce.date(), tags: z.array(z.string()) }) }) };\n`,
  );
  writeFileSync(
    join(floor, 'src', 'pages', '[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\n` +
      `export async function getStaticPaths() {\n  return (await getCollection('posts')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n` +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n` +
      `<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>` +
      `<body><h1>{entry.data.title}</h1><p>{entry.data.published.toISOString()}</p><Content /></body></html>\n`,
  );
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

function timed(args: string[], cwd = work): number {
  const start = performance.now();
  execFileSync('npx', args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { SITE_URL: LOCAL_SITE_URL, ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return (performance.now() - start) / 1000;
}

const ratio = (value: number, target: number) =>
  `${value.toFixed(2)}× (target ≤ ${target}×${value <= target ? '' : ', OVER'})`;

console.log(
  `Build cost at scale (${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${process.platform} ${process.arch}, Node ${process.version}, ${locales.length} languages)`,
);
writeFloorProject();
let largest = 0;
try {
  for (const n of sizes) {
    writePosts(n);
    const build = timed(['astro', 'build', '--silent']);
    const index = timed(['pagefind', '--site', 'dist', '--silent']);
    const site = countPages(join(work, 'dist'));
    const floorBuild = timed(['astro', 'build', '--silent'], floor);
    const floorPages = countPages(join(floor, 'dist')).pages;
    // One edit, as a writer makes it: a new title on one English post, then a rebuild.
    const edited = postFile(work, 'en', 1);
    writeFileSync(
      edited,
      readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Synthetic benchmark post 1, edited'),
    );
    const rebuild = timed(['astro', 'build', '--silent']);
    const perPage = build / site.pages;
    const floorPerPage = floorBuild / floorPages;
    console.log(`\n${n} posts per language`);
    console.log(
      `  site:    ${site.pages} pages in ${build.toFixed(1)} s = ${(perPage * 1000).toFixed(1)} ms/page (Pagefind ${index.toFixed(1)} s, dist ${(site.bytes / 1e6).toFixed(1)} MB)`,
    );
    console.log(
      `  floor:   ${floorPages} pages in ${floorBuild.toFixed(1)} s = ${(floorPerPage * 1000).toFixed(1)} ms/page (bare Astro + MDX, same posts)`,
    );
    console.log(`  per-page cost, site / floor: ${ratio(perPage / floorPerPage, TARGET_FLOOR_RATIO)}`);
    console.log(
      `  rebuild after editing one post: ${rebuild.toFixed(1)} s = ${ratio(rebuild / build, TARGET_REBUILD_RATIO)} of the full build`,
    );
    largest = n;
  }
  if (!values['skip-search'] && largest > 0) {
    console.log(`\nSearch speed on the ${largest}-posts-per-language build:`);
    execFileSync('npm', ['run', '--silent', 'bench:search', '--', '--dist', join(work, 'dist')], {
      cwd: PROJECT,
      stdio: 'inherit',
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
