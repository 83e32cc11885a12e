import type { AstroIntegration } from 'astro';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales } from '@/i18n/locales.ts';
import { notFoundPath } from '@/lib/paths.ts';

/**
 * One route, src/pages/[...lang]/404.astro, builds a "page not found" in every
 * language, which Astro writes to `<locale>/404/index.html`; static hosts
 * (Cloudflare Pages, GitHub Pages-style servers, our own test server) look for
 * `<locale>/404.html`. Move each there, and write a Netlify `_redirects` rule
 * so each language folder gets its own "page not found".
 */
export default function localized404(): AstroIntegration {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const rules: string[] = [];
        for (const locale of locales) {
          const target = join(out, notFoundPath(locale));
          const built = join(dirname(target), '404', 'index.html');
          if (existsSync(built)) {
            await mkdir(dirname(target), { recursive: true });
            await rename(built, target);
            await rm(dirname(built), { recursive: true });
          }
          if (!existsSync(target))
            throw new Error(`No "page not found" page was built for "${locale}" (${notFoundPath(locale)}).`);
          if (locale !== defaultLocale) rules.push(`${dirname(notFoundPath(locale))}/*  ${notFoundPath(locale)}  404`);
        }
        await writeFile(join(out, '_redirects'), `${rules.join('\n')}\n`);
      },
    },
  };
}
