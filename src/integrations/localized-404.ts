import type { AstroIntegration } from 'astro';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales } from '../i18n/locales.ts';

/**
 * Astro writes `src/pages/es/404.astro` to `es/404/index.html`; static hosts
 * (Cloudflare Pages, GitHub Pages-style servers, our own test server) look for
 * `es/404.html`. Move it there, and write a Netlify `_redirects` rule so each
 * language folder gets its own "page not found".
 */
export default function localized404(): AstroIntegration {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const rules: string[] = [];
        for (const locale of locales) {
          if (locale === defaultLocale) continue;
          const from = join(out, locale, '404', 'index.html');
          if (!existsSync(from)) throw new Error(`Missing src/pages/${locale}/404.astro`);
          await mkdir(join(out, locale), { recursive: true });
          await rename(from, join(out, locale, '404.html'));
          await rm(join(out, locale, '404'), { recursive: true });
          rules.push(`/${locale}/*  /${locale}/404.html  404`);
        }
        await writeFile(join(out, '_redirects'), `${rules.join('\n')}\n`);
      },
    },
  };
}
