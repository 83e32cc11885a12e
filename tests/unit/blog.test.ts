import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  byNewest,
  neighbours,
  pageNumbers,
  paginateList,
  postSlug,
  readingMinutes,
  shareLinks,
  tagCounts,
  wordCount,
} from '@/lib/blog.ts';
import { campaignSlugs, postIdFromPath, postIdGenerator } from '@/lib/entry-ids.ts';
import { resolveLocalized } from '@/lib/localized-content.ts';
import { postSchema } from '@/lib/schemas.ts';
import { heroImageProblem, heroPictureFile } from '@/lib/hero-image.ts';
import { PROJECT } from '../support/project-copy.ts';

test('post slugs come from titles, in any language', () => {
  assert.equal(postSlug('418 reports of possible exploitation'), '418-reports-of-possible-exploitation');
  assert.equal(postSlug('¿Por qué este sitio está en español?'), 'por-que-este-sitio-esta-en-espanol');
  assert.equal(
    postSlug('Farm work & debt: what the research found in the valley today'),
    'farm-work-debt-what-the-research-found-in',
  );
  assert.equal(postSlug('2018'), 'post-2018', 'a number alone would look like a page number');
  assert.throws(() => postSlug('¿¡…!?'), /no letters or digits/);
});

test('reading time counts words of the text, not markup', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  assert.equal(wordCount('---\ntitle: Many words in the title here\n---\nOne two three'), 3);
  assert.equal(
    wordCount(
      'import X from "./x.ts";\n\n## Heading here\n\n<Hotline />\n\n[a link](https://example.org/long/url) - and *this*',
    ),
    6,
  );
  assert.equal(readingMinutes(''), 1, 'never 0 minutes');
  assert.equal(readingMinutes(words(199)), 1);
  assert.equal(readingMinutes(words(450)), 2);
  assert.equal(readingMinutes(words(1000)), 5);
  assert.equal(readingMinutes(words(1000), 250), 4);
});

const post = (id: string, date: string, title = id, tags: string[] = []) => ({
  id,
  data: { title, published: new Date(date), tags },
});

test('newest first, same-day posts by title', () => {
  const sorted = [
    post('en/a', '2026-01-01'),
    post('en/c', '2026-03-01', 'Zebra'),
    post('en/b', '2026-03-01', 'Apple'),
  ].sort(byNewest);
  assert.deepEqual(
    sorted.map((p) => p.id),
    ['en/b', 'en/c', 'en/a'],
  );
});

test('pagination splits into full pages and keeps every item once', () => {
  const items = Array.from({ length: 9 }, (_, i) => i);
  const pages = paginateList(items, 4);
  assert.deepEqual(
    pages.map((p) => p.items),
    [[0, 1, 2, 3], [4, 5, 6, 7], [8]],
  );
  assert.deepEqual(
    pages.map((p) => [p.current, p.last, p.total]),
    [
      [1, 3, 9],
      [2, 3, 9],
      [3, 3, 9],
    ],
  );
  assert.equal(paginateList([], 4).length, 1, 'an empty blog still has its first page');
  assert.throws(() => paginateList(items, 0), /positive integer/);
});

test('the pagination bar links the first, last, current and neighbouring pages, with gaps between', () => {
  assert.deepEqual(pageNumbers(1, 1), [1]);
  assert.deepEqual(pageNumbers(1, 3), [1, 2, 3]);
  assert.deepEqual(pageNumbers(1, 100), [1, 2, null, 100]);
  assert.deepEqual(pageNumbers(50, 100), [1, null, 49, 50, 51, null, 100]);
  assert.deepEqual(pageNumbers(100, 100), [1, null, 99, 100]);
  // A gap of a single page shows that page rather than "…".
  assert.deepEqual(pageNumbers(4, 7), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(pageNumbers(5, 9), [1, null, 4, 5, 6, null, 9]);
  // However many pages, a bar has at most seven entries.
  for (let current = 1; current <= 500; current++) assert.ok(pageNumbers(current, 500).length <= 7);
});

test('previous is the older post, next the newer one', () => {
  const list = ['newest', 'middle', 'oldest'];
  assert.deepEqual(neighbours(list, 0), { previous: 'middle', next: undefined });
  assert.deepEqual(neighbours(list, 1), { previous: 'oldest', next: 'newest' });
  assert.deepEqual(neighbours(list, 2), { previous: undefined, next: 'middle' });
});

test('tags are counted once per post and sorted', () => {
  const counts = tagCounts([
    post('en/a', '2026-01-01', 'a', ['stockton', 'campaigns']),
    post('en/b', '2026-01-01', 'b', ['campaigns', 'campaigns']),
  ]);
  assert.deepEqual(
    [...counts],
    [
      ['campaigns', 2],
      ['stockton', 1],
    ],
  );
});

test('share links are plain URLs carrying the page address', () => {
  const links = shareLinks('https://example.org/blog/a-b/', 'Title & more');
  assert.equal(links.email, 'mailto:?subject=Title%20%26%20more&body=https%3A%2F%2Fexample.org%2Fblog%2Fa-b%2F');
  assert.ok(links.whatsapp.startsWith('https://wa.me/?text=Title%20%26%20more%20https%3A%2F%2Fexample.org'));
  assert.equal(new URL(links.facebook).searchParams.get('u'), 'https://example.org/blog/a-b/');
});

test('a post missing in Spanish falls back to the English text, marked untranslated', () => {
  const posts = [{ id: 'en/only-english' }, { id: 'en/both' }, { id: 'es/both' }];
  const es = Object.fromEntries(resolveLocalized(posts, 'es').map((r) => [r.slug, r]));
  assert.equal(es['only-english']!.entry.id, 'en/only-english');
  assert.equal(es['only-english']!.translated, false);
  assert.equal(es['only-english']!.contentLocale, 'en');
  assert.deepEqual(es['only-english']!.translations, ['en']);
  assert.equal(es.both!.entry.id, 'es/both');
  assert.equal(es.both!.translated, true);
});

test('post ids come from the file name; year folders are allowed', () => {
  assert.equal(postIdFromPath('posts', 'en/my-post.mdx'), 'en/my-post');
  assert.equal(postIdFromPath('posts', 'es/2026/mi-post.mdx'), 'es/mi-post');
  assert.throws(() => postIdFromPath('posts', 'en/My Post.mdx'), /content\/posts\/en\/My Post\.mdx.*"my-post\.mdx"/);
  assert.throws(() => postIdFromPath('posts', 'fr/a.mdx'), /content\/posts\/fr\/a\.mdx.*locale folder/);
  assert.throws(() => postIdFromPath('posts', 'en/2026.mdx'), /page number/);
});

test('two posts with one name in one locale fail, naming both files', () => {
  const generate = postIdGenerator('posts');
  assert.equal(generate({ entry: 'en/a.mdx' }), 'en/a');
  assert.equal(generate({ entry: 'es/a.mdx' }), 'es/a', 'the same name in another locale is its translation');
  assert.throws(() => generate({ entry: 'en/2025/a.mdx' }), /"en\/a\.mdx" and "en\/2025\/a\.mdx".*\/blog\/a\//);
});

test('a post’s hero picture must be a picture file in content/images/ that exists, named relative to the post', () => {
  const base = join(PROJECT, 'content/posts');
  const generate = postIdGenerator('posts');
  const hero = (image: string) => ({ hero: { image, alt: 'An illustration of something.' } });
  assert.equal(generate({ entry: 'en/a.mdx', base, data: hero('../../images/posts/hospital.jpg') }), 'en/a');
  // One folder deeper, one `../` more.
  assert.equal(generate({ entry: 'en/2026/b.mdx', base, data: hero('../../../images/posts/hospital.jpg') }), 'en/b');
  assert.throws(
    () => generate({ entry: 'en/c.mdx', base, data: hero('../../images/posts/no-such.jpg') }),
    /^Error: content\/posts\/en\/c\.mdx: hero\.image "\.\.\/\.\.\/images\/posts\/no-such\.jpg" does not exist/,
  );
  assert.throws(
    () => generate({ entry: 'en/2026/d.mdx', base, data: hero('../../images/posts/hospital.jpg') }),
    /content\/posts\/en\/2026\/d\.mdx: hero\.image .*is not in content\/images\/ \(it points to content\/posts\/images\/posts\/hospital\.jpg\)/,
  );
  assert.throws(
    () => generate({ entry: 'en/e.mdx', base, data: hero('../../../public/og-default.png') }),
    /content\/posts\/en\/e\.mdx: hero\.image .*is not in content\/images\//,
  );
  assert.throws(
    () => generate({ entry: 'en/f.mdx', base, data: hero('../../images/posts/notes.txt') }),
    /content\/posts\/en\/f\.mdx: hero\.image .*not a picture/,
  );
  assert.throws(
    () => generate({ entry: 'en/g.mdx', base, data: hero('https://example.org/x.jpg') }),
    /content\/posts\/en\/g\.mdx: hero\.image .*another website/,
  );
});

test('a hero picture path is found from the entry file, whatever folder it sits in', () => {
  assert.deepEqual(heroPictureFile('content/posts/en/a.mdx', '../../images/posts/x.jpg'), {
    file: 'content/images/posts/x.jpg',
  });
  assert.deepEqual(heroPictureFile('content/posts/km/bench/a.mdx', '../../../images/posts/x.JPG'), {
    file: 'content/images/posts/x.JPG',
  });
  assert.deepEqual(heroPictureFile('content/campaigns/en/stockton.mdx', './../../images/stockton-valley.jpg'), {
    file: 'content/images/stockton-valley.jpg',
  });
  assert.deepEqual(heroPictureFile('content/posts/en/a.mdx', '../../../images/x.jpg'), {
    error:
      '"../../../images/x.jpg" is not in content/images/ (it points to images/x.jpg). Put the picture there, e.g. ../../images/posts/my-picture.jpg.',
  });
  assert.equal(heroImageProblem('../../images/posts/x.webp'), undefined);
  assert.match(heroImageProblem('images/posts/x.jpg')!, /relative to this file/);
  assert.match(heroImageProblem('/content/images/posts/x.jpg')!, /relative to this file/);
  assert.match(heroImageProblem('//cdn.example.org/x.jpg')!, /another website/);
  assert.equal(heroImageProblem('../../images/posts/x.svg'), undefined);
  assert.match(heroImageProblem('../../images/posts/x.pdf')!, /not a picture Astro can resize/);
  assert.match(heroImageProblem('../../images/posts/x')!, /not a picture/);
});

test('campaign slugs are the campaign file names', () => {
  assert.deepEqual(
    [...campaignSlugs(['en', 'en/stockton.mdx', 'es/stockton.mdx', 'en/_draft.mdx', 'en/fresno.mdx'])].sort(),
    ['fresno', 'stockton'],
  );
});

const schema = postSchema({ campaigns: new Set(['stockton']) });
const valid = {
  title: 'A valid post title',
  description: 'A summary that is long enough to pass the check.',
  published: '2026-11-26',
  author: 'STOP THE TRAFFIK',
  tags: ['campaigns'],
  campaign: 'stockton',
  hero: { image: '../../images/posts/hospital.jpg', alt: 'Illustration of a hospital building.' },
};

function issues(data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test('the post schema accepts a valid post and defaults draft to false', () => {
  const result = schema.parse(valid);
  assert.equal(result.draft, false);
  assert.ok(result.published instanceof Date);
});

test('the post schema names each wrong field', () => {
  assert.match(issues({ ...valid, description: 'x'.repeat(161) }).join('\n'), /^description: .*160/m);
  assert.match(issues({ ...valid, title: undefined }).join('\n'), /^title: /m);
  assert.match(issues({ ...valid, published: 'not a date' }).join('\n'), /^published: /m);
  assert.match(issues({ ...valid, campaign: 'fresno' }).join('\n'), /^campaign: Unknown campaign "fresno".*stockton/m);
  assert.match(issues({ ...valid, tags: ['nope'] }).join('\n'), /^tags\.0: Unknown tag "nope"/m);
  assert.match(issues({ ...valid, tags: [] }).join('\n'), /^tags: /m);
  assert.match(
    issues({ ...valid, hero: { image: '../../images/posts/x.jpg', alt: 'short' } }).join('\n'),
    /^hero\.alt: /m,
  );
  assert.match(issues({ ...valid, draft: 'yes' }).join('\n'), /^draft: /m);
  const picture = (image: string) => issues({ ...valid, hero: { ...valid.hero, image } }).join('\n');
  assert.match(picture('https://example.org/x.jpg'), /^hero\.image: .*another website/m);
  assert.match(picture('images/posts/x.jpg'), /^hero\.image: .*relative to this file/m);
  assert.match(picture('../../images/posts/x.pdf'), /^hero\.image: .*not a picture/m);
});
