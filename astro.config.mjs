// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import securityHeaders from './src/integrations/security-headers.ts';
import admin from './src/integrations/admin.ts';
import localized404 from './src/integrations/localized-404.ts';
import pageCss from './src/integrations/page-css.ts';
import contentGuard from './src/content-guard/integration.ts';
import buildEnvironment from './src/integrations/build-environment.ts';
import heroPictures from './src/integrations/hero-pictures.ts';
import { contentGuardPlugin } from './src/content-guard/plugin.ts';
import { site } from './src/config/site.ts';
import { defaultLocale, localeInfo, locales } from './src/i18n/locales.ts';
import { redirects } from './src/config/redirects.ts';
import { sitemapFilter } from './src/lib/sitemap.ts';

const outDir = fileURLToPath(new URL('./dist/', import.meta.url));

export default defineConfig({
  site: site.siteUrl,
  outDir,
  trailingSlash: 'always',
  // Scoped component styles mark their elements with a short class, not a data-astro-cid-… attribute.
  scopedStyleStrategy: 'class',
  redirects,
  markdown: {
    // The content guard checks every Markdown and MDX file on the tree Astro compiles (MDX
    // inherits this processor): see src/content-guard/.
    processor: satteri({
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
  },
});
