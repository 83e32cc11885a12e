/**
 * The web editor at /admin/ (README, "Publishing from the web"). After the site is
 * built, this writes `dist/admin/`:
 *
 * - `index.html`: an empty page with `noindex`, its own Content-Security-Policy
 *   (src/lib/csp.ts) and one same-origin script;
 * - `editor.js` and `chunks/`: Sveltia CMS from node_modules with the site's editor
 *   components (src/scripts/admin-editor.ts), bundled by esbuild, never from a CDN;
 * - `assets/`: the editor's fonts and workers, from the same package;
 * - `config.json`: the configuration generated from the content schemas
 *   (src/lib/cms-config.ts).
 *
 * Nothing of it is an Astro page, so no public page, sitemap, feed, search index or
 * menu ever sees it. Listed before the security-headers integration, which then
 * checks the page against its policy and gives `/admin/*` that policy in `_headers`.
 */
import type { AstroIntegration } from 'astro';
import { build, stop, type Plugin } from 'esbuild';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_DIR, adminContentSecurityPolicy } from '@/lib/csp.ts';
import { cmsConfig, type CmsBackendSettings, type ContentInventory } from '@/lib/cms-config.ts';
import { campaignSlugs } from '@/lib/entry-ids.ts';
import { LOCAL_SITE_URL, site } from '@/config/site.ts';

/** The editor's script, bundled into dist/admin/editor.js. */
const EDITOR_SOURCE = fileURLToPath(new URL('../scripts/admin-editor.ts', import.meta.url));

/** The entries of each collection that other entries may name, read from `content/`. */
export function contentInventory(contentDir: string): ContentInventory {
  const slugs = (collection: string) =>
    [...campaignSlugs(readdirSync(join(contentDir, collection), { recursive: true, encoding: 'utf8' }))].sort();
  return { campaigns: slugs('campaigns'), signs: slugs('signs'), stats: slugs('stats') };
}

/**
 * The repository named when CMS_GITHUB_REPO is not set: no GitHub repository, so signing in with
 * GitHub fails with "not found", and the editor works only on a local checkout (`npm run admin`).
 */
export const LOCAL_ONLY_REPO = 'local/checkout';

/**
 * Where the editor commits when staff sign in with GitHub (README, "Publishing from the web"):
 * `CMS_GITHUB_REPO` (owner/name), `CMS_GITHUB_BRANCH` (default `main`) and `CMS_AUTH_URL` (the
 * OAuth helper). Without a repository the editor still works on a local checkout (`npm run admin`).
 */
export function backendSettings(env: NodeJS.ProcessEnv = process.env): CmsBackendSettings {
  const repo = env.CMS_GITHUB_REPO?.trim() || LOCAL_ONLY_REPO;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
    throw new Error(`CMS_GITHUB_REPO must be the GitHub repository as owner/name, got "${repo}".`);
  const authUrl = env.CMS_AUTH_URL?.trim() || undefined;
  if (authUrl && !authUrl.startsWith('https://'))
    throw new Error(`CMS_AUTH_URL must be the https:// address of the OAuth helper, got "${authUrl}".`);
  return { repo, branch: env.CMS_GITHUB_BRANCH?.trim() || 'main', authUrl };
}

/** The editor's page: nothing but the policy, `noindex` and its script. */
export function adminPageHtml(): string {
  const policy = adminContentSecurityPolicy({ meta: true }).replaceAll("'", '&#39;');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="no-referrer">
    <title>Editor: STOP THE TRAFFIK campaigns</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <script type="module" src="/${ADMIN_DIR}/editor.js"></script>
  </head>
  <body data-pagefind-ignore="all"></body>
</html>
`;
}

/**
 * Syntax-highlighting grammars and themes (hundreds of files) only serve code blocks, which the
 * editor does not offer (src/lib/cms-config.ts): they are left out of the bundle.
 */
const withoutCodeGrammars: Plugin = {
  name: 'without-code-grammars',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@shikijs\/(langs|themes)\// }, (args) => ({ path: args.path, namespace: 'empty' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export default [];', loader: 'js' }));
  },
};

/** The CDN addresses Sveltia's style sheet names its fonts by (it also registers the packaged copies). */
const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * Sveltia's style sheet names its fonts on a CDN, besides registering the copies its package ships:
 * point the style sheet at those copies too, so the editor asks no other host for anything.
 * `assets` are the package's asset files (`source-sans-3-latin-wght-normal-<hash>.woff2`).
 */
export function selfHostedFonts(code: string, assets: readonly string[], base: string): string {
  return code.replace(CDN_FONT, (url, family: string, subset: string) => {
    const file = assets.find((name) => name.startsWith(`${family}-${subset}-`) && name.endsWith('.woff2'));
    if (!file)
      throw new Error(
        `The web editor's font ${url} has no copy in @sveltia/cms's assets: update src/integrations/admin.ts.`,
      );
    return `${base}${file}`;
  });
}

function fontsFromPackage(assetsDir: string, base: string): Plugin {
  return {
    name: 'self-hosted-fonts',
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, async (args) => {
        const assets = await readdir(assetsDir);
        return { contents: selfHostedFonts(await readFile(args.path, 'utf8'), assets, base), loader: 'js' };
      });
    },
  };
}

/** Write `dist/admin/` (see the top of this file); returns the files written, relative to it. */
export async function buildAdmin(out: string, root: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const adminDir = join(out, ADMIN_DIR);
  const inventory = contentInventory(join(root, 'content'));
  const config = cmsConfig(inventory, backendSettings(env));
  await mkdir(adminDir, { recursive: true });
  await writeFile(join(adminDir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  await writeFile(join(adminDir, 'index.html'), adminPageHtml());
  const sveltiaAssets = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), 'assets');
  await build({
    entryPoints: { editor: EDITOR_SOURCE },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: adminDir,
    // Sveltia's code finds its fonts and workers at ../assets/ from its chunks, as in its npm package.
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    target: ['es2022'],
    define: { __CMS_STAT_IDS__: JSON.stringify(inventory.stats) },
    alias: { '@': join(root, 'src') },
    plugins: [withoutCodeGrammars, fontsFromPackage(sveltiaAssets, `/${ADMIN_DIR}/assets/`)],
    legalComments: 'none',
    logLevel: 'error',
  });
  // esbuild bundles in a helper process that would otherwise outlive the build unwaited for, so
  // the build's CPU time (`npm run bench:scale`) would leave out its second or so. Stopped here,
  // it is waited for while the build still runs; a later esbuild call starts a new one.
  await stop();
  await cp(sveltiaAssets, join(adminDir, 'assets'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
  return (await readdir(adminDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(adminDir.length + 1))
    .sort();
}

export default function adminIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await buildAdmin(fileURLToPath(dir), root);
        const { repo, branch } = backendSettings();
        logger.info(`wrote the web editor to /${ADMIN_DIR}/ (${files.length} files), committing to ${repo} ${branch}`);
        // A build for deployment should name the repository; a local one (npm start, npm test) need not.
        if (repo === LOCAL_ONLY_REPO && site.siteUrl !== LOCAL_SITE_URL)
          logger.warn(
            'CMS_GITHUB_REPO is not set: the web editor works only on a local checkout (npm run admin). See README, "Publishing from the web".',
          );
      },
    },
  };
}
