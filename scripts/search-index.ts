/**
 * Builds the search index (`dist/pagefind/`) after `astro build`: `npm run build` runs it.
 *
 * What `pagefind --site dist` does, through Pagefind's Node API, with one difference: a page in a
 * language written without spaces between words (Khmer; `unspacedScript` in src/i18n/locales.ts)
 * is indexed from a copy whose words are separated (src/lib/words.ts), so that a word inside a
 * phrase can be found. The built pages themselves are not changed. Fails, naming the page, when
 * Pagefind reports an error.
 *
 *   node --import ./scripts/register-alias.ts scripts/search-index.ts [dist]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { isLocale, localeInfo } from '@/i18n/index.ts';
import { builtPages } from '@/lib/built-pages.ts';
import { indexedHtml } from '@/lib/words.ts';

const dist = process.argv[2] ?? 'dist';
const scriptOf = (lang: string) => (isLocale(lang) ? localeInfo[lang].unspacedScript : undefined);

function fail(message: string): never {
  console.error(`Search index: ${message}`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length) fail(errors.join('\n'));

for (const page of builtPages(dist)) {
  const sourcePath = relative(dist, page.file).split(sep).join('/');
  const added = await index.addHTMLFile({
    sourcePath,
    content: indexedHtml(readFileSync(page.file, 'utf8'), scriptOf),
  });
  if (added.errors.length) fail(`${page.file}: ${added.errors.join('\n')}`);
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) fail(written.errors.join('\n'));
await pagefind.close();
// Pagefind keeps one fragment per indexed page (pages without `data-pagefind-body` are left out).
const pages = readdirSync(join(dist, 'pagefind', 'fragment')).length;
console.log(`Search index: ${pages} pages indexed into ${join(dist, 'pagefind')}`);
