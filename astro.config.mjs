// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import securityHeaders from './src/integrations/security-headers.ts';
import localized404 from './src/integrations/localized-404.ts';
import { site } from './src/config/site.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';

export default defineConfig({
  site: site.siteUrl,
  trailingSlash: 'always',
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
        locales: Object.fromEntries(locales.map((l) => [l, l])),
      },
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
    }),
    localized404(),
    securityHeaders(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Page scripts stay external files (CSP: no inline scripts to hash); other assets keep Vite's default.
    build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
  },
});
