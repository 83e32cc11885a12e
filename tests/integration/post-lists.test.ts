/**
 * Post lists at scale, and rebuilds with no stale page. Both build one
 * temporary copy of the project with 50 more English posts (all tagged
 * "stockton"):
 * - the built lists: the blog index and the tag page are split into pages of
 *   POSTS_PER_PAGE, every post is listed once, newest first, and the pagination
 *   bar links the first, last, current and neighbouring pages (not one link per
 *   page), in both languages;
 * - then a post's title and the hotline number in src/config/ change and the
 *   same copy is built again, reusing Astro's cache (node_modules/.astro: the
 *   content store and images) as a writer's rebuild does: every page that showed
 *   the old title or number shows the new one, and no file still holds the old.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, locales } from '@/i18n/locales.ts';
import { POSTS_PER_PAGE } from '@/lib/blog.ts';
import { builtPages, publicPages } from '@/lib/built-pages.ts';
import { astro, copyProject } from '../support/project-copy.ts';

const EXTRA = 50;

function addPosts(dir: string) {
  for (let i = 1; i <= EXTRA; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    writeFileSync(
      join(dir, `content/posts/en/list-test-${i}.mdx`),
      `---\ntitle: List test post ${i}\ndescription: A post that exists only in a test copy of the site.\npublished: 2021-03-${day}\nauthor: Test\ntags: [stockton]\nhero:\n  image: ../../images/posts/blog-default.jpg\n  alt: The default illustration used for posts without their own picture.\n---\n\nA post that exists only in a test copy of the site, to fill the blog's pages.\n`,
    );
  }
}

const read = (dir: string, path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
const slugs = (html: string) => [...html.matchAll(/\bdata-post="([^"]+)"/g)].map((m) => m[1]!);
const dates = (html: string) =>
  [...html.matchAll(/<ul class="post-list[\s\S]*?<\/ul>/g)]
    .flatMap((list) => [...list[0].matchAll(/<time datetime="([^"]+)"/g)])
    .map((m) => m[1]!);
const h1 = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.trim();
const paginationBar = (html: string) => /<nav aria-label="[^"]*" class="pagination[\s\S]*?<\/nav>/.exec(html)?.[0];

/** Follow the "older" links from `path`: the posts of every page, in order, and the pages' HTML. */
function walk(dir: string, path: string) {
  const pages: string[] = [];
  let next: string | undefined = path;
  while (next) {
    const html = read(dir, next);
    pages.push(html);
    next = /<a [^>]*href="([^"]+)" rel="next"/.exec(paginationBar(html) ?? '')?.[1];
    assert.ok(pages.length < 50, 'the "older" links end');
  }
  return pages;
}

describe('a copy of the site with many posts', () => {
  let dir = '';
  before(() => {
    dir = copyProject('post-lists-');
    addPosts(dir);
    const { status, output } = astro(dir, ['build'], 400_000);
    assert.equal(status, 0, output);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('post lists are split into pages with a short pagination bar, in every language', () => {
    const realPosts = slugs(read(dir, 'blog')).filter((s) => !s.startsWith('list-test-'));
    for (const [start, expectedTitle] of [
      ['blog', /^Campaign blog, page 2 of \d+$/],
      ['es/blog', /^Blog de la campaña, página 2 de \d+$/],
    ] as const) {
      const pages = walk(dir, start);
      const all = pages.flatMap(slugs);
      const total = all.length;
      assert.ok(total >= EXTRA + realPosts.length, `${start}: every post is listed`);
      assert.equal(new Set(all).size, total, `${start}: no post twice`);
      assert.equal(pages.length, Math.ceil(total / POSTS_PER_PAGE));
      for (const page of pages.slice(0, -1)) assert.equal(slugs(page).length, POSTS_PER_PAGE);
      const order = pages.flatMap(dates);
      assert.deepEqual(order, [...order].sort().reverse(), `${start}: newest first across pages`);
      // Page 2 is titled as a page and marked current in its pagination bar.
      const second = pages[1]!;
      assert.match(h1(second)!, expectedTitle);
      const bar = paginationBar(second)!;
      assert.match(bar, new RegExp(`href="/${start}/page/2/" aria-current="page"`));
      assert.match(bar, new RegExp(`href="/${start}/" rel="prev"`));
    }

    // Page 1's bar links pages 1, 2 and the last, with "…" between: not one link per page.
    const pages = walk(dir, 'blog').length;
    assert.ok(pages >= 6, 'enough pages for a gap in the bar');
    const bar = paginationBar(read(dir, 'blog'))!;
    assert.deepEqual(
      [...bar.matchAll(/<span aria-hidden="true">(\d+)<\/span>/g)].map((m) => m[1]),
      ['1', '2', String(pages)],
    );
    assert.match(bar, /<li aria-hidden="true">…<\/li>/);

    // The tag's list is paginated the same way, and every tagged post is on it once.
    const tagPages = walk(dir, 'blog/tags/stockton');
    const tagged = tagPages.flatMap(slugs);
    assert.ok(tagPages.length >= 3, 'the "stockton" tag has several pages');
    assert.equal(new Set(tagged).size, tagged.length);
    for (let i = 1; i <= EXTRA; i++)
      assert.ok(tagged.includes(`list-test-${i}`), `list-test-${i} is on the tag's pages`);
    assert.match(h1(tagPages[1]!)!, /^Posts tagged “Stockton”, page 2 of \d+$/);
    assert.ok(existsSync(join(dir, 'dist/es/blog/tags/stockton/page/2/index.html')), 'Spanish tag pages too');
    assert.match(paginationBar(tagPages[1]!)!, /href="\/blog\/tags\/stockton\/page\/2\/" aria-current="page"/);
  });

  test('a rebuild after changing a title and the hotline leaves no page stale', () => {
    // A Stockton campaign post translated into Spanish and shown in English (a stand-in) in other languages.
    const POST = 'why-this-site-is-in-spanish';
    const postFile = join(dir, `content/posts/en/${POST}.mdx`);
    const source = readFileSync(postFile, 'utf8');
    const oldTitle = /^title: (.+)$/m.exec(source)![1]!;
    // It must not contain the old title: every file holding the old one counts as stale.
    const newTitle = 'The site in Spanish too, retitled by the rebuild test';
    const standIns = locales
      .filter((l) => l !== defaultLocale && !existsSync(join(dir, `content/posts/${l}/${POST}.mdx`)))
      .map((l) => `/${l}/blog/${POST}/`);
    assert.ok(standIns.length > 0, `some language shows ${POST} in English`);
    const oldCall = ['1-888-373-7888', 'tel:+18883737888'];
    const newCall = ['1-888-555-0100', 'tel:+18885550100'];
    const ukCall = '08000 121 700';

    const pagesWith = (text: string) =>
      builtPages(join(dir, 'dist'))
        .filter((p) => readFileSync(p.file, 'utf8').includes(text))
        .map((p) => p.path);
    /** Every text file of the build that still holds `text`. */
    const filesWith = (text: string) =>
      readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(html|xml|json|txt|webmanifest)$/.test(f))
        .filter((f) => readFileSync(join(dir, 'dist', f), 'utf8').includes(text));

    // What shows the title today: its page, its neighbours, lists, the campaign, the feed, other languages' stand-ins.
    const postPage = read(dir, `blog/${POST}`);
    const neighbours = [...postPage.matchAll(/<a href="([^"]+)" rel="(?:prev|next)"/g)].map((m) => m[1]!);
    assert.equal(neighbours.length, 2, 'the post has a newer and an older neighbour');
    const showedTitle = pagesWith(oldTitle);
    for (const path of [
      `/blog/${POST}/`,
      ...neighbours,
      '/blog/',
      '/blog/tags/stockton/',
      '/blog/tags/campaigns/',
      '/campaigns/stockton/',
      ...standIns,
    ])
      assert.ok(showedTitle.includes(path), `${path} shows the title before the change`);
    assert.ok(filesWith(oldTitle).includes('rss.xml'), 'the feed holds the title before the change');
    const spanishStatus = () => /data-translation-status="([^"]+)"/.exec(read(dir, `es/blog/${POST}`))?.[1];
    assert.notEqual(spanishStatus(), 'out-of-date', 'the Spanish translation is current before the change');
    const pagesShown = publicPages(join(dir, 'dist'));
    const showedCall = pagesWith(oldCall[0]!);
    assert.ok(showedCall.length > pagesShown.length / 2, 'most pages show the national hotline');

    writeFileSync(postFile, source.replace(`title: ${oldTitle}`, `title: ${newTitle}`));
    const config = join(dir, 'src/config/help-lines.ts');
    const lines = readFileSync(config, 'utf8');
    const changed = lines.replace(`'${oldCall[0]}'`, `'${newCall[0]}'`).replace(`'${oldCall[1]}'`, `'${newCall[1]}'`);
    assert.notEqual(changed, lines, 'the hotline is set in src/config/help-lines.ts');
    writeFileSync(config, changed);
    const { status, output } = astro(dir, ['build'], 400_000);
    assert.equal(status, 0, output);

    for (const path of showedTitle)
      assert.ok(pagesWith(newTitle).includes(path), `${path} shows the new title after the rebuild`);
    assert.deepEqual(filesWith(oldTitle), [], 'no file of the rebuilt site holds the old title');
    assert.ok(filesWith(newTitle).includes('rss.xml'), 'the feed has the new title');
    assert.equal(spanishStatus(), 'out-of-date', 'the Spanish page says its English source has changed');

    for (const old of oldCall) assert.deepEqual(filesWith(old), [], `no file of the rebuilt site holds ${old}`);
    assert.deepEqual(pagesWith(newCall[0]!), showedCall, 'every page that showed the hotline shows the new number');
    assert.ok(pagesWith(newCall[1]!).length > 0, 'tap-to-call links use the new number');
    for (const page of publicPages(join(dir, 'dist'))) {
      const html = readFileSync(page.file, 'utf8');
      assert.ok(html.includes(newCall[0]!) || html.includes(ukCall), `${page.path} shows a help line`);
    }
  });
});
