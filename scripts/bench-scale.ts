/**
 * Build cost at scale, beside the framework's floor. For each N it:
 *   1. adds N synthetic posts in every locale to a temporary copy of the site
 *      and builds it (`astro build`, then Pagefind);
 *   2. in the same run builds a bare Astro + MDX project (no Tailwind, no
 *      i18n, one page per post) from the very same post files: the floor;
 *   3. changes one post's title and rebuilds the site (the rebuild a writer
 *      waits for after an edit);
 * and prints pages, seconds and per-page cost and the ratios beside the targets
 * (site per page ≤ 1.1× the floor, rebuild ≤ 0.4× a full build). Then it
 * runs `npm run bench:search` against the largest build (`--skip-search` not).
 * Everything is written in temporary folders, each with its own Astro cache;
 * nothing in content/ or node_modules/.astro changes.
 *
 * Each build is measured twice: wall-clock seconds, and the CPU seconds it used
 * (user + system time of the build and every process it started, from Linux's
 * /proc). On a shared machine wall-clock time mostly measures the other jobs,
 * so the ratios are taken on CPU time; the load average is printed too, and the system time within the
 * CPU time, where most of the run-to-run noise is (the ratio on user time alone is printed beside the
 * target's, for information).
 *
 * With `--incremental-trial` it then measures Astro's experimental incremental
 * build on the same copy: the flag on, and a cache key on every post page (the
 * post and its neighbours; list, tag and other pages are rendered every time),
 * a full build to fill the cache, one title changed, a rebuild. That is the
 * most incremental building could save here, not a correct setup: the site
 * does not use the flag (see README, "Rebuild after editing one post").
 *
 *   npm run bench:scale                          (N = 100, 1000)
 *   npm run bench:scale -- --sizes 50,200 --skip-search
 *   npm run bench:scale -- --sizes 1000 --incremental-trial
 *   npm run bench:scale -- --sizes 1000 --skip-search --keep   (keeps both copies, to profile them)
 *   npm run bench:scale -- --sizes 1000 --skip-search --repeat 5
 *   npm run bench:scale -- --sizes 1000 --skip-search --repeat 5 --floor-content-chunk
 *
 * On a shared virtual machine one build's CPU time varies by 10-20% from run to run (mostly its system
 * time), the floor's as much as the site's. With `--repeat N` the site and the floor are each built N
 * times, alternating, every build cold (no dist/, an empty Astro cache but for node_modules/.astro/assets/:
 * the optimised images and the campaigns' preview images (src/lib/og-image.ts), which a writer's build
 * finds there too), and the ratio is taken between the medians.
 *
 * The floor is Astro's defaults. The site's own astro.config.mjs puts every content module into one chunk
 * of the bundle pages are rendered from, which makes bundling much cheaper; `--floor-content-chunk` gives
 * the floor that same setting, to compare like with like (it prints that floor's figures, same format).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { locales } from '@/i18n/locales.ts';
import { postTagKeys } from '@/config/tags.ts';
import { LOCAL_SITE_URL } from '@/config/site.ts';
import { markdownModulesIn } from '@/lib/regexp.ts';
import { copyProject, linkPackages, PROJECT } from '../tests/support/project-copy.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    'skip-search': { type: 'boolean', default: false },
    'incremental-trial': { type: 'boolean', default: false },
    'floor-content-chunk': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
  },
});
const sizes = values
  .sizes!.split(',')
  .map((n) => Number(n.trim()))
  .filter((n) => n > 0);
const repeat = Math.max(1, Number(values.repeat) || 1);
const TARGET_FLOOR_RATIO = 1.1;
const TARGET_REBUILD_RATIO = 0.4;

const work = copyProject('bench-scale-');
/**
 * The floor: a project of its own (no tsconfig, no Tailwind, no integrations), beside the copy,
 * with the same packages linked and an Astro cache of its own.
 */
const floor = mkdtempSync(join(tmpdir(), 'bench-scale-floor-'));
linkPackages(floor);

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
  writeFileSync(join(floor, 'package.json'), '{ "name": "bench-floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(floor, 'astro.config.mjs'),
    values['floor-content-chunk']
      ? // The site's own bundling setting (astro.config.mjs): every post's module in one chunk of the prerender bundle.
        `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nconst content = ${String(markdownModulesIn(join(floor, 'content/')))};\n` +
          `export default defineConfig({ integrations: [mdx()], vite: { environments: { prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content', test: content }] } } } } } } } });\n`
      : `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`,
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

/** CPU seconds used by this process's finished children (and theirs), user and system: cutime and cstime of Linux's /proc. */
function childCpuSeconds(): { user: number; sys: number } {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5), cutime and cstime, counted from field 3 (state) here.
    return { user: Number(fields[13]) / 100, sys: Number(fields[14]) / 100 };
  } catch {
    return { user: Number.NaN, sys: Number.NaN };
  }
}

interface Timing {
  wall: number;
  /** User + system CPU seconds: what the ratios are taken on. */
  cpu: number;
  /** System CPU seconds alone: most of the run-to-run noise on this machine. */
  sys: number;
}

function timed(args: string[], cwd = work): Timing {
  const cpuBefore = childCpuSeconds();
  const start = performance.now();
  execFileSync('npx', args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { SITE_URL: LOCAL_SITE_URL, ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const cpuAfter = childCpuSeconds();
  const sys = cpuAfter.sys - cpuBefore.sys;
  return { wall: (performance.now() - start) / 1000, cpu: cpuAfter.user - cpuBefore.user + sys, sys };
}

/** The build with the median CPU time (of an odd count; the lower middle one of an even count). */
function median(timings: Timing[]): Timing {
  return [...timings].sort((a, b) => a.cpu - b.cpu)[Math.floor((timings.length - 1) / 2)]!;
}

/**
 * Both copies as a writer's next build finds them: no dist/, no Astro cache but its images folder (the
 * optimised images and the campaigns' preview images, kept there between builds by src/lib/og-image.ts).
 */
function coldStart() {
  for (const root of [work, floor]) {
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    const cache = join(root, 'node_modules', '.astro');
    if (!existsSync(cache)) continue;
    for (const entry of readdirSync(cache, { withFileTypes: true }).filter((e) => e.name !== 'assets'))
      rmSync(join(cache, entry.name), { recursive: true, force: true });
  }
}

/** Give a post a new title, as a writer does. */
function editTitle(i: number) {
  const file = postFile(work, 'en', i);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: Synthetic benchmark post ${i}, edited`),
  );
}

/** In the copy only: the incremental-build flag on, and cache keys on the post pages (see the top of this file). */
function enableIncrementalTrial() {
  const config = join(work, 'astro.config.mjs');
  const route = join(work, 'src/pages/[...lang]/blog/[slug].astro');
  const props = 'props: { post, ...neighbours(list, index) },';
  const configText = readFileSync(config, 'utf8');
  const routeText = readFileSync(route, 'utf8');
  if (!configText.includes('defineConfig({') || !routeText.includes(props))
    throw new Error('--incremental-trial: astro.config.mjs or the post route changed; update scripts/bench-scale.ts');
  writeFileSync(
    config,
    configText.replace('defineConfig({', 'defineConfig({\n  experimental: { incrementalBuild: true },'),
  );
  writeFileSync(
    route,
    routeText.replace(
      props,
      `${props}\n      cacheKey: JSON.stringify([post.entry.digest, post.translations, ...Object.values(neighbours(list, index)).map((p) => p?.entry.digest)]),`,
    ),
  );
}

const ratio = (value: number, target: number) =>
  `${value.toFixed(2)}× (target ≤ ${target}×${value <= target ? '' : ', OVER'})`;
const seconds = ({ wall, cpu, sys }: Timing) =>
  `${cpu.toFixed(1)} s CPU (${sys.toFixed(1)} s of it system time; ${wall.toFixed(1)} s wall)`;
const perPage = (t: Timing, pages: number) =>
  `${((t.cpu / pages) * 1000).toFixed(1)} ms CPU/page (${((t.wall / pages) * 1000).toFixed(1)} ms wall)`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');

console.log(
  `Build cost at scale (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${process.platform} ${process.arch}, Node ${process.version}, ${locales.length} languages; load average ${load()})`,
);
writeFloorProject();
let largest = 0;
try {
  for (const n of sizes) {
    writePosts(n);
    const builds: Timing[] = [];
    const floorBuilds: Timing[] = [];
    for (let r = 0; r < repeat; r++) {
      if (r > 0) coldStart();
      builds.push(timed(['astro', 'build', '--silent']));
      floorBuilds.push(timed(['astro', 'build', '--silent'], floor));
    }
    const build = median(builds);
    const floorBuild = median(floorBuilds);
    const loadAfterBuild = load();
    const index = timed(['npm', 'run', '--silent', 'build:search']);
    const site = countPages(join(work, 'dist'));
    const floorPages = countPages(join(floor, 'dist')).pages;
    // One edit, as a writer makes it: a new title on one English post, then a rebuild.
    editTitle(1);
    const rebuild = timed(['astro', 'build', '--silent']);
    const posts = n * locales.length;
    console.log(`\n${n} posts per language (${posts} posts)`);
    if (repeat > 1) {
      const each = (t: Timing[]) => t.map((b) => `${b.cpu.toFixed(1)} (sys ${b.sys.toFixed(1)})`).join(', ');
      console.log(
        `  ${repeat} cold builds each, alternating; CPU s, site: ${each(builds)}; floor: ${each(floorBuilds)}; medians below`,
      );
    }
    console.log(
      `  site:    ${site.pages} pages, ${seconds(build)} = ${perPage(build, site.pages)}; ${((build.cpu / posts) * 1000).toFixed(1)} ms CPU/post (Pagefind ${seconds(index)}, dist ${(site.bytes / 1e6).toFixed(1)} MB; load average ${loadAfterBuild})`,
    );
    console.log(
      `  floor:   ${floorPages} pages, ${seconds(floorBuild)} = ${perPage(floorBuild, floorPages)} (bare Astro + MDX, the same posts, one page each${values['floor-content-chunk'] ? '; content modules in one chunk, as the site bundles them' : ''})`,
    );
    console.log(
      `  per-page cost, site / floor: ${ratio(build.cpu / site.pages / (floorBuild.cpu / floorPages), TARGET_FLOOR_RATIO)} on CPU time (user time alone ${((build.cpu - build.sys) / site.pages / ((floorBuild.cpu - floorBuild.sys) / floorPages)).toFixed(2)}×; wall ${(build.wall / site.pages / (floorBuild.wall / floorPages)).toFixed(2)}×; whole build, site / floor ${(build.cpu / floorBuild.cpu).toFixed(2)}×)`,
    );
    console.log(
      `  rebuild after editing one post: ${seconds(rebuild)} = ${ratio(rebuild.cpu / build.cpu, TARGET_REBUILD_RATIO)} of the full build on CPU time (wall ${(rebuild.wall / build.wall).toFixed(2)}×)`,
    );
    largest = n;
  }
  if (!values['skip-search'] && largest > 0) {
    // The rebuild emptied dist/: index it again, as `npm run build` does.
    timed(['npm', 'run', '--silent', 'build:search']);
    console.log(`\nSearch speed on the ${largest}-posts-per-language build:`);
    execFileSync('npm', ['run', '--silent', 'bench:search', '--', '--dist', join(work, 'dist')], {
      cwd: PROJECT,
      stdio: 'inherit',
    });
  }
  if (values['incremental-trial'] && largest > 0) {
    enableIncrementalTrial();
    const full = timed(['astro', 'build', '--silent']);
    editTitle(2);
    const incremental = timed(['astro', 'build', '--silent']);
    console.log(
      `\nIncremental-build trial, ${largest} posts per language (experimental.incrementalBuild, keys on post pages only):`,
    );
    console.log(`  full build with the flag (fills the cache): ${seconds(full)}`);
    console.log(
      `  rebuild after editing one post: ${seconds(incremental)} = ${ratio(incremental.cpu / full.cpu, TARGET_REBUILD_RATIO)} of that full build on CPU time (wall ${(incremental.wall / full.wall).toFixed(2)}×)`,
    );
  }
  console.log(`\nload average at the end: ${load()}`);
} finally {
  if (values.keep) console.log(`\nkept: the site's copy ${work}, the floor ${floor}`);
  else {
    rmSync(work, { recursive: true, force: true });
    rmSync(floor, { recursive: true, force: true });
  }
}
