/**
 * Gate over the built warning-signs pages: in every language, each kind and
 * setting the guide's filter links to has its own page, with its title marked
 * and where its signs come from, as links to the typed sources.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { locales } from '@/i18n/index.ts';
import { signsPath } from '@/lib/paths.ts';
import { DIST, builtHtml, fileForPath } from '../support/dist-files.ts';
import { findTags } from '../support/html-links.ts';

/** The English sign files: every page that must exist, in every language. */
const signSlugs = readdirSync('content/signs/en').filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));

test('every kind and setting has its own page in every language, with its sources linked', () => {
  for (const locale of locales) {
    const hrefs = findTags(builtHtml(signsPath(locale)), ['a'])
      .filter((a) => 'data-filter' in a.attrs)
      .map((a) => a.attrs.href!);
    assert.equal(hrefs.length, signSlugs.length - 1, `${locale}: filter links for all but the general signs`);
    for (const href of hrefs) {
      assert.ok(fileForPath(DIST, href), `${href} is built`);
      const tags = findTags(builtHtml(href), ['h1', 'a']);
      assert.equal(
        tags.filter((t) => t.tag === 'h1' && 'data-sign' in t.attrs).length,
        1,
        `${href}: one h1[data-sign]`,
      );
      const sources = tags.filter((t) => t.tag === 'a' && 'data-sign-source' in t.attrs);
      assert.ok(sources.length > 0, `${href}: sources`);
      for (const source of sources) assert.match(source.attrs.href ?? '', /^https:\/\//, `${href}: source link`);
    }
  }
});
