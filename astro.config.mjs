// @ts-check
// Astro loads this file with Node, and only when that fails loads it again through Vite (about
// 0.3 s CPU more on every build, `astro dev`, `astro sync` and `astro check`). Node does not read
// tsconfig.json's `paths`, so the `@/` alias of the project's modules is registered first and
// those modules are imported after it, with import(): a static import would be resolved before.
import './scripts/register-alias.ts';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';

const [
  { default: securityHeaders },
  { default: admin },
  { default: localized404 },
  { default: pageCss },
  { default: contentGuard },
  { default: buildEnvironment },
  { default: heroPictures },
  { contentGuardPlugin },
  { MARKDOWN_FEATURES },
  { site },
  { defaultLocale, localeInfo, locales },
  { redirects },
  { sitemapFilter },
  { markdownModulesIn },
] = await Promise.all([
  import('./src/integrations/security-headers.ts'),
  import('./src/integrations/admin.ts'),
  import('./src/integrations/localized-404.ts'),
  import('./src/integrations/page-css.ts'),
  import('./src/content-guard/integration.ts'),
  import('./src/integrations/build-environment.ts'),
  import('./src/integrations/hero-pictures.ts'),
  import('./src/content-guard/plugin.ts'),
  import('./src/content-guard/compiled.ts'),
  import('./src/config/site.ts'),
  import('./src/i18n/locales.ts'),
  import('./src/config/redirects.ts'),
  import('./src/lib/sitemap.ts'),
  import('./src/lib/regexp.ts'),
]);

const outDir = fileURLToPath(new URL('./dist/', import.meta.url));
/** Modules of content/: each post, campaign, sign, guide and page, compiled from its Markdown or MDX file. */
const contentModules = markdownModulesIn(fileURLToPath(new URL('./content/', import.meta.url)));

export default defineConfig({
  site: site.siteUrl,
  outDir,
  trailingSlash: 'always',
  // Scoped component styles mark their elements with a short class, not a data-astro-cid-… attribute.
  scopedStyleStrategy: 'class',
  redirects,
  markdown: {
    // The content guard checks every Markdown and MDX file on the tree Astro compiles (MDX
    // inherits this processor and its features; give mdx() none of its own): see src/content-guard/.
    processor: satteri({
      features: MARKDOWN_FEATURES,
      mdastPlugins: [
        contentGuardPlugin({ siteOrigin: site.siteUrl, root: fileURLToPath(new URL('./', import.meta.url)) }),
      ],
    }),
  },
  build: {
    format: 'directory',
    // External stylesheets keep the Content-Security-Policy free of 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    buildEnvironment(),
    contentGuard({ siteOrigin: site.siteUrl }),
    // Each hero picture imported once, not once per post (src/lib/pictures.ts).
    heroPictures(),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(locales.map((l) => [l, localeInfo[l].lang])),
      },
      // No 404 pages, no redirect pages, no stand-ins for untranslated text (see src/lib/sitemap.ts).
      filter: sitemapFilter({ redirects, outDir }),
    }),
    localized404(),
    pageCss(),
    // The web editor at /admin/ is written before the security headers, which check it against its own policy.
    admin(),
    securityHeaders(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Never inline bundled <script>s into the page: they stay external files, so the CSP needs
    // no hash for them and pages without a script of their own stay script-free.
    build: { assetsInlineLimit: 0 },
    environments: {
      // The bundle pages are rendered from (dist/.prerender/, deleted after the build): every content
      // module goes into one chunk instead of one or two chunks each. Each chunk costs the bundler's
      // plugins work in JavaScript, and at 1,000 posts per language 10,000 chunks made half of the
      // bundling time; the pages built are the same, byte for byte. The browser's bundle (client) is
      // not concerned.
      prerender: {
        build: {
          rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content', test: contentModules }] } } },
        },
      },
    },
  },
});
