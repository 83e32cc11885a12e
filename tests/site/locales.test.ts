/**
 * Gate: every language in src/i18n/locales.ts is covered by the built site's
 * discovery: its pages carry its `lang` and `dir`, the `hreflang` alternates
 * of pages that exist in every language name it, the sitemap lists its pages
 * with alternates, and Pagefind built a search index for it (issue 10 §5).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeInfo, locales, localizePath } from '@/i18n/index.ts';
import { DIST, builtHtml, readSitemap } from '../support/dist-files.ts';

// Pages built from interface strings exist in every language as themselves (not stand-ins).
const everywhere = ['/', '/languages/', '/signs/print/'];

test('every language has its pages, with lang and dir, and hreflang alternates naming every language', () => {
  for (const path of everywhere) {
    for (const locale of locales) {
      const html = builtHtml(localizePath(path, locale));
      const tag = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
      assert.match(tag, new RegExp(`lang="${localeInfo[locale].lang}"`), `${localizePath(path, locale)} lang`);
      assert.match(tag, new RegExp(`dir="${localeInfo[locale].dir}"`), `${localizePath(path, locale)} dir`);
      for (const other of locales) {
        assert.match(
          html,
          new RegExp(
            `<link rel="alternate" hreflang="${localeInfo[other].lang}" href="[^"]*${localizePath(path, other)}"`,
          ),
          `${localizePath(path, locale)} has an hreflang alternate for ${other}`,
        );
      }
    }
  }
});

test('the sitemap lists every language, each with alternates for every language', () => {
  const entries = readSitemap();
  for (const path of everywhere) {
    for (const locale of locales) {
      const entry = entries.find((e) => new URL(e.loc).pathname === localizePath(path, locale));
      assert.ok(entry, `the sitemap lists ${localizePath(path, locale)}`);
      for (const other of locales) {
        assert.ok(
          entry.alternates[localeInfo[other].lang]?.endsWith(localizePath(path, other)),
          `${entry.loc} has a ${other} alternate`,
        );
      }
    }
  }
});

test('Pagefind built one search index per language', () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  for (const locale of locales) {
    const index = entry.languages[localeInfo[locale].lang];
    assert.ok(index, `a search index for ${locale}`);
    assert.ok(index.page_count >= everywhere.length - 1, `the ${locale} index has its pages (${index.page_count})`);
  }
  assert.deepEqual(
    Object.keys(entry.languages).sort(),
    locales.map((l) => localeInfo[l].lang).sort(),
    'no index for a language the site does not have',
  );
});
