// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import securityHeaders from './src/integrations/security-headers.ts';
import localized404 from './src/integrations/localized-404.ts';
import { site } from './src/config/site.ts';
import { defaultLocale, localeInfo, locales } from './src/i18n/locales.ts';
import { redirects } from './src/config/redirects.ts';
import { sitemapFilter } from './src/lib/sitemap.ts';

const outDir = fileURLToPath(new URL('./dist/', import.meta.url));

export default defineConfig({
  site: site.siteUrl,
  outDir,
  trailingSlash: 'always',
  redirects,
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
    securityHeaders(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Never inline bundled <script>s into the page: they stay external files, so the CSP needs
    // no hash for them and pages without a script of their own stay script-free.
    build: { assetsInlineLimit: 0 },
  },
});
