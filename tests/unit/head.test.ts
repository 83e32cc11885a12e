import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spreadAttributes } from 'astro/compiler-runtime';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { escapeText, getHead, headHtml, htmlAttributes, type HeadInput, type HeadTag } from '@/lib/head.ts';
import { site } from '@/config/site.ts';

const origin = 'https://example.org';
const base: HeadInput = {
  site,
  origin,
  locale: 'en',
  contentLocale: 'en',
  path: '/campaigns/stockton/',
  noindex: false,
  title: 'Is Stockton a hotspot?',
  description: 'A description of the page.',
  siteName: 'STOP THE TRAFFIK',
  type: 'website',
  image: { src: '/og-default.png', width: 1200, height: 630 },
  imageAlt: 'A long road through farm fields.',
  themeColor: '#000000',
};

const find = (tags: HeadTag[], key: string, value: string) => tags.filter((t) => t.attrs[key] === value);
const content = (tags: HeadTag[], key: string, value: string) => find(tags, key, value).map((t) => t.attrs.content);
const hreflangs = (tags: HeadTag[]) =>
  tags.filter((t) => t.attrs.rel === 'alternate').map((t) => `${t.attrs.hreflang} ${t.attrs.href}`);

test('a translated page is its own canonical and lists every version, with x-default', () => {
  const tags = getHead({ ...base, translations: ['en', 'es'] });
  assert.equal(tags[0]!.content, 'Is Stockton a hotspot? | STOP THE TRAFFIK');
  assert.equal(find(tags, 'rel', 'canonical')[0]!.attrs.href, `${origin}/campaigns/stockton/`);
  assert.deepEqual(hreflangs(tags), [
    `en ${origin}/campaigns/stockton/`,
    `es ${origin}/es/campaigns/stockton/`,
    `x-default ${origin}/campaigns/stockton/`,
  ]);
  assert.deepEqual(content(tags, 'property', 'og:url'), [`${origin}/campaigns/stockton/`]);
  assert.deepEqual(content(tags, 'property', 'og:locale'), ['en_US']);
  assert.deepEqual(content(tags, 'property', 'og:locale:alternate'), ['es_US']);
  assert.deepEqual(content(tags, 'property', 'og:image'), [`${origin}/og-default.png`]);
  assert.deepEqual(content(tags, 'name', 'theme-color'), ['#000000']);
});

test('a page only in some languages lists only those', () => {
  const tags = getHead({ ...base, translations: ['en'] });
  assert.deepEqual(hreflangs(tags), [`en ${origin}/campaigns/stockton/`]);
  assert.deepEqual(content(tags, 'property', 'og:locale:alternate'), []);
});

test('a stand-in for untranslated text points search engines at the original', () => {
  const tags = getHead({
    ...base,
    locale: 'es',
    contentLocale: 'en',
    path: '/es/campaigns/stockton/',
    translations: ['en'],
  });
  assert.equal(find(tags, 'rel', 'canonical')[0]!.attrs.href, `${origin}/campaigns/stockton/`);
  assert.deepEqual(hreflangs(tags), [`en ${origin}/campaigns/stockton/`]);
  assert.deepEqual(content(tags, 'property', 'og:locale'), ['es_US']);
  assert.deepEqual(content(tags, 'property', 'og:locale:alternate'), ['en_US']);
});

test('a page that must not be indexed has no canonical, alternates or og:url', () => {
  const tags = getHead({ ...base, path: '/', noindex: true, title: 'Page not found' });
  assert.deepEqual(content(tags, 'name', 'robots'), ['noindex']);
  assert.deepEqual(find(tags, 'rel', 'canonical'), []);
  assert.deepEqual(hreflangs(tags), []);
  assert.deepEqual(content(tags, 'property', 'og:url'), []);
});

test('the home page title is the site name alone', () => {
  assert.equal(getHead({ ...base, title: 'STOP THE TRAFFIK' })[0]!.content, 'STOP THE TRAFFIK');
});

test('an article gets its type, dates and JSON-LD Article in the language of its text', () => {
  const published = new Date('2026-11-26T00:00:00Z');
  const tags = getHead({ ...base, locale: 'es', contentLocale: 'en', path: '/es/blog/a/', article: { published } });
  assert.deepEqual(content(tags, 'property', 'og:type'), ['article']);
  assert.deepEqual(content(tags, 'property', 'article:published_time'), [published.toISOString()]);
  assert.deepEqual(content(tags, 'property', 'article:modified_time'), [published.toISOString()]);
  const jsonLd = tags.filter((t) => t.tag === 'script').map((t) => JSON.parse(t.content!));
  assert.deepEqual(
    jsonLd.map((d) => d['@type']),
    ['NGO', 'Article'],
  );
  assert.equal(jsonLd[1].inLanguage, 'en');
  assert.equal(jsonLd[1].url, `${origin}/blog/a/`);
  assert.ok(
    tags.every((t) => t.tag !== 'script' || !t.content!.includes('</')),
    'no text can end the script early',
  );
});

// headHtml writes the tags without Astro's template runtime, so it must escape exactly as Astro does.
const awkward = ['', 'plain', 'Tom & Jerry', 'say "hi"', "it's <b>bold</b>", '&amp; already', 'ភាសាខ្មែរ ਪੰਜਾਬੀ', '"&"&'];

test('attributes are written as Astro writes a spread of them', () => {
  for (const value of awkward) {
    const attrs = { name: 'description', content: value };
    assert.equal(htmlAttributes(attrs), String(spreadAttributes(attrs)), JSON.stringify(value));
  }
  assert.equal(htmlAttributes({ rel: 'canonical', href: undefined as unknown as string }), ' rel="canonical"');
  assert.throws(() => htmlAttributes({ 'on click': 'x' }), /Not a plain attribute name/);
});

test('text is escaped as Astro escapes an expression', () => {
  for (const value of awkward) assert.equal(escapeText(value), escapeHTML(value), JSON.stringify(value));
});

test('headHtml writes every tag as Head.astro used to through Astro', () => {
  const tags = getHead({
    ...base,
    title: 'Fish & "chips" <now>',
    description: "Workers' rights & wrongs",
    article: { published: new Date('2026-11-26T00:00:00Z') },
  });
  const expected = tags
    .map(({ tag, attrs, content = '' }) =>
      tag === 'title'
        ? `<title>${escapeHTML(content)}</title>`
        : tag === 'script'
          ? `<script${spreadAttributes(attrs)}>${content}</script>`
          : `<${tag}${spreadAttributes(attrs)}>`,
    )
    .join('');
  assert.equal(headHtml(tags), expected);
  assert.ok(headHtml(tags).startsWith('<title>Fish &amp; &quot;chips&quot; &lt;now&gt; | STOP THE TRAFFIK</title>'));
  assert.ok(headHtml(tags).includes('<meta name="description" content="Workers\' rights &amp; wrongs">'));
});

test("a blog page links its language's RSS feed last, escaped as Astro writes the attribute", () => {
  const tags = getHead({ ...base, feed: { title: 'Blog & "news"', path: '/es/rss.xml' } });
  assert.deepEqual(tags.at(-1), {
    tag: 'link',
    attrs: { rel: 'alternate', type: 'application/rss+xml', title: 'Blog & "news"', href: `${origin}/es/rss.xml` },
  });
  assert.ok(
    headHtml(tags).endsWith(
      `<link rel="alternate" type="application/rss+xml" title="Blog &amp; &quot;news&quot;" href="${origin}/es/rss.xml">`,
    ),
  );
  assert.equal(getHead(base).filter((tag) => tag.attrs.type === 'application/rss+xml').length, 0);
});
