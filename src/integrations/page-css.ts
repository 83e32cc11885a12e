import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages, editBuiltPage, readBuiltPage } from '@/lib/built-pages.ts';
import { collectUsedNames, emptyUsedNames, pruneCss } from '@/lib/css-prune.ts';

/** `<link rel="stylesheet" href="/_astro/…">` tags, with the file each names. */
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const hrefOf = (tag: string) => /\bhref="(\/_astro\/[^"?#]+\.css)"/.exec(tag)?.[1];
/** External scripts a page loads. */
const SCRIPT_SRC = /<script\b[^>]*\bsrc="(\/_astro\/[^"?#]+\.js)"/g;
/** A script that writes markup or class names may use CSS the HTML does not show (the search page). */
const BUILDS_MARKUP = /\b(?:className|classList|innerHTML|insertAdjacentHTML|createElement)\b/;

interface Group {
  /** The pages, each with its `<link rel="stylesheet">` tags of files in /_astro/ (where they are in its text). */
  pages: { file: string; html: string; links: { start: number; end: number }[] }[];
  hrefs: string[];
}

/**
 * One stylesheet per page template. Astro links every page to the one
 * Tailwind stylesheet that holds every utility and prose rule of the site
 * (plus its components' styles). After the build, the pages of each route
 * (`[...lang]/blog/[slug]`, in every language) get one file holding only the
 * rules that can match their elements (src/lib/css-prune.ts), under a
 * content-hashed name in `/_astro/` (cached as immutable, allowed by the
 * CSP's `style-src 'self'`). Pages whose scripts build markup (search) keep
 * the whole stylesheet. Stylesheets no page links any more are removed.
 */
export default function pageCss(): AstroIntegration {
  return {
    name: 'page-css',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const routeOf = new Map<string, string>();
        for (const [pattern, urls] of assets) for (const url of urls) routeOf.set(fileURLToPath(url), pattern);

        const groups = new Map<string, Group>();
        const keepWhole = new Set<string>();
        const scriptBuildsMarkup = new Map<string, boolean>();
        for (const { file } of builtPages(out)) {
          const html = readBuiltPage(file);
          const hrefs: string[] = [];
          const links: { start: number; end: number }[] = [];
          for (const m of html.matchAll(STYLESHEET)) {
            const href = hrefOf(m[0]);
            if (!href) continue;
            hrefs.push(href);
            links.push({ start: m.index, end: m.index + m[0].length });
          }
          if (hrefs.length === 0) continue;
          const key = `${routeOf.get(file) ?? file}\n${hrefs.join('\n')}`;
          const group = groups.get(key) ?? { pages: [], hrefs };
          group.pages.push({ file, html, links });
          groups.set(key, group);
          for (const [, src] of html.matchAll(SCRIPT_SRC)) {
            if (!scriptBuildsMarkup.has(src!))
              scriptBuildsMarkup.set(src!, BUILDS_MARKUP.test(await readFile(join(out, src!), 'utf8')));
            if (scriptBuildsMarkup.get(src!)) keepWhole.add(key);
          }
        }

        const replaced = new Set<string>();
        const stillLinked = new Set<string>();
        let files = 0;
        for (const [key, group] of groups) {
          if (keepWhole.has(key)) {
            for (const href of group.hrefs) stillLinked.add(href);
            continue;
          }
          const used = emptyUsedNames();
          for (const page of group.pages) collectUsedNames(page.html, used);
          const css = (await Promise.all(group.hrefs.map((h) => readFile(join(out, h), 'utf8')))).join('\n');
          const pruned = pruneCss(css, used);
          const hash = createHash('sha256').update(pruned).digest('base64url').slice(0, 8);
          const base = /([^/.]+)\.[^/]+\.css$/.exec(group.hrefs[0]!)?.[1] ?? 'page';
          const href = `/_astro/${base}.${hash}.css`;
          if (!existsSync(join(out, href))) {
            await writeFile(join(out, href), pruned);
            files++;
          }
          for (const h of group.hrefs) replaced.add(h);
          // The first link names the page's stylesheet, the others go. Mostly the new tag is as long as the old
          // one (the same name, another hash), and only its bytes are written (src/lib/built-pages.ts).
          const tag = `<link rel="stylesheet" href="${href}">`;
          for (const page of group.pages)
            editBuiltPage(
              page.file,
              page.links.map((link, i) => ({ ...link, text: i === 0 ? tag : '' })),
            );
        }
        for (const href of replaced) if (!stillLinked.has(href)) await rm(join(out, href));
        logger.info(`${files} stylesheets trimmed to the rules their pages use (${groups.size} page groups)`);
      },
    },
  };
}
