import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  absoluteUrl,
  blogPath,
  campaignPath,
  checkPageSlug,
  entryStaticPaths,
  homePath,
  listPageParam,
  localeStaticPaths,
  notFoundPath,
  pagePath,
  postPath,
  rssPath,
  searchPath,
  signCardPath,
  signPath,
  signsPath,
  statPath,
  statsPath,
  tagPath,
} from '@/lib/paths.ts';
import { locales } from '@/i18n/index.ts';

test('every address, in the default language and in another', () => {
  const cases: [string, string, string][] = [
    [homePath('en'), '/', '/es/'],
    [campaignPath('stockton', 'en'), '/campaigns/stockton/', campaignPath('stockton', 'es')],
    [blogPath('en'), '/blog/', blogPath('es')],
    [blogPath('en', 3), '/blog/page/3/', blogPath('es', 3)],
    [postPath('farm-work', 'en'), '/blog/farm-work/', postPath('farm-work', 'es')],
    [tagPath('stockton', 'en'), '/blog/tags/stockton/', tagPath('stockton', 'es')],
    [tagPath('stockton', 'en', 2), '/blog/tags/stockton/page/2/', tagPath('stockton', 'es', 2)],
    [rssPath('en'), '/rss.xml', rssPath('es')],
    [signsPath('en'), '/signs/', signsPath('es')],
    [signPath('kind', 'labour', 'en'), '/signs/kinds/labour/', signPath('kind', 'labour', 'es')],
    [signPath('setting', 'farms', 'en'), '/signs/settings/farms/', signPath('setting', 'farms', 'es')],
    [signPath('general', 'control', 'en'), '/signs/general/control/', signPath('general', 'control', 'es')],
    [signCardPath('en'), '/signs/print/', signCardPath('es')],
    [statsPath('en'), '/stats/', statsPath('es')],
    [statPath('ilo-2012', 'en'), '/stats/ilo-2012/', statPath('ilo-2012', 'es')],
    [searchPath('en'), '/search/', searchPath('es')],
    [pagePath('get-help', 'en'), '/get-help/', pagePath('get-help', 'es')],
    [notFoundPath('en'), '/404.html', notFoundPath('es')],
  ];
  for (const [english, expected, spanish] of cases) {
    assert.equal(english, expected);
    assert.equal(spanish, `/es${expected}`);
  }
  assert.equal(blogPath('en', 1), '/blog/', 'page 1 is the index itself');
  assert.equal(homePath('es'), '/es/');
});

test("a post list's `[...page]` parameter: none for page 1, the address below the list for the others", () => {
  assert.equal(listPageParam(1), undefined);
  assert.equal(listPageParam(2), 'page/2');
  for (const n of [2, 3, 12]) {
    assert.equal(`/blog/${listPageParam(n)}/`, blogPath('en', n));
    assert.equal(`/blog/tags/stockton/${listPageParam(n)}/`, tagPath('stockton', 'en', n));
  }
});

test('full URLs on the site origin', () => {
  assert.equal(absoluteUrl(postPath('a', 'es'), 'https://example.org'), 'https://example.org/es/blog/a/');
});

test('one static path per language, the default at the root', () => {
  assert.deepEqual(
    localeStaticPaths().map((p) => p.params.lang),
    locales.map((l) => (l === 'en' ? undefined : l)),
  );
});

test('one static path per entry and language: the language, the route segments and the entry as `page`', () => {
  const pages = [
    { locale: 'en' as const, slug: 'farms', group: 'settings' },
    { locale: 'es' as const, slug: 'farms', group: 'settings' },
  ];
  assert.deepEqual(entryStaticPaths(pages), [
    { params: { lang: undefined, slug: 'farms' }, props: { page: pages[0] } },
    { params: { lang: 'es', slug: 'farms' }, props: { page: pages[1] } },
  ]);
  assert.deepEqual(
    entryStaticPaths(pages, (p) => ({ group: p.group, slug: p.slug })).map((p) => p.params),
    [
      { lang: undefined, group: 'settings', slug: 'farms' },
      { lang: 'es', group: 'settings', slug: 'farms' },
    ],
  );
});

test('stand-alone pages may not take the name of another route or a language', () => {
  assert.doesNotThrow(() => checkPageSlug('get-help', 'content/pages/en/get-help.mdx'));
  for (const slug of ['search', 'signs', 'blog', 'stats', 'campaigns', 'es']) {
    assert.throws(
      () => checkPageSlug(slug, `content/pages/en/${slug}.mdx`),
      new RegExp(`content/pages/en/${slug}\\.mdx: "${slug}"`),
    );
  }
});
