import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import {
  blogPagePath,
  byNewest,
  neighbours,
  paginateList,
  postSlug,
  readingMinutes,
  shareLinks,
  tagCounts,
  wordCount,
} from '../../src/lib/blog.ts';
import { campaignSlugs, postIdFromPath, uniquePostIdGenerator } from '../../src/lib/post-ids.ts';
import { resolveLocalized } from '../../src/lib/localized-content.ts';
import { postSchema } from '../../src/lib/schemas.ts';
import { createPost, postTemplate } from '../../src/tools/new-post.ts';

test('post slugs come from titles, in any language', () => {
  assert.equal(postSlug('418 reports of possible exploitation'), '418-reports-of-possible-exploitation');
  assert.equal(postSlug('¿Por qué este sitio está en español?'), 'por-que-este-sitio-esta-en-espanol');
  assert.equal(postSlug('Farm work & debt: what the research found in the valley today'), 'farm-work-debt-what-the-research-found-in');
  assert.equal(postSlug('2018'), 'post-2018', 'a number alone would look like a page number');
  assert.throws(() => postSlug('¿¡…!?'), /no letters or digits/);
});

test('reading time counts words of the text, not markup', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  assert.equal(wordCount('---\ntitle: Many words in the title here\n---\nOne two three'), 3);
  assert.equal(wordCount('import X from "./x.ts";\n\n## Heading here\n\n<Hotline />\n\n[a link](https://example.org/long/url) - and *this*'), 6);
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
  const sorted = [post('en/a', '2026-01-01'), post('en/c', '2026-03-01', 'Zebra'), post('en/b', '2026-03-01', 'Apple')].sort(byNewest);
  assert.deepEqual(sorted.map((p) => p.id), ['en/b', 'en/c', 'en/a']);
});

test('pagination splits into full pages and keeps every item once', () => {
  const items = Array.from({ length: 9 }, (_, i) => i);
  const pages = paginateList(items, 4);
  assert.deepEqual(pages.map((p) => p.items), [[0, 1, 2, 3], [4, 5, 6, 7], [8]]);
  assert.deepEqual(pages.map((p) => [p.current, p.last, p.total]), [[1, 3, 9], [2, 3, 9], [3, 3, 9]]);
  assert.equal(paginateList([], 4).length, 1, 'an empty blog still has its first page');
  assert.throws(() => paginateList(items, 0), /positive integer/);
  assert.equal(blogPagePath(1), '/blog/');
  assert.equal(blogPagePath(3), '/blog/page/3/');
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
  assert.deepEqual([...counts], [['campaigns', 2], ['stockton', 1]]);
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
  const generate = uniquePostIdGenerator('posts');
  assert.equal(generate({ entry: 'en/a.mdx' }), 'en/a');
  assert.equal(generate({ entry: 'es/a.mdx' }), 'es/a', 'the same name in another locale is its translation');
  assert.throws(() => generate({ entry: 'en/2025/a.mdx' }), /"en\/a\.mdx" and "en\/2025\/a\.mdx".*\/blog\/a\//);
});

test('campaign slugs are the campaign file names', () => {
  assert.deepEqual([...campaignSlugs(['en', 'en/stockton.mdx', 'es/stockton.mdx', 'en/_draft.mdx', 'en/fresno.mdx'])].sort(), [
    'fresno',
    'stockton',
  ]);
});

const schema = postSchema({ image: () => z.string(), campaigns: new Set(['stockton']) });
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
  assert.match(issues({ ...valid, hero: { image: 'x.jpg', alt: 'short' } }).join('\n'), /^hero\.alt: /m);
  assert.match(issues({ ...valid, draft: 'yes' }).join('\n'), /^draft: /m);
});

test('new:post scaffolds a valid draft with today\'s date and refuses to overwrite', () => {
  const root = mkdtempSync(join(tmpdir(), 'new-post-'));
  try {
    mkdirSync(join(root, 'content', 'campaigns', 'en'), { recursive: true });
    writeFileSync(join(root, 'content', 'campaigns', 'en', 'stockton.mdx'), '---\n---\n');
    const date = new Date('2026-11-26T23:30:00Z');
    const { file, slug } = createPost({ root, title: 'Farm work and debt bondage', campaign: 'stockton', date });
    assert.equal(slug, 'farm-work-and-debt-bondage');
    assert.equal(file, join(root, 'content', 'posts', 'en', 'farm-work-and-debt-bondage.mdx'));
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^published: 2026-11-26$/m);
    assert.match(text, /^draft: true$/m);
    assert.match(text, /^campaign: stockton$/m);
    // The frontmatter it writes passes the real schema.
    const yaml = Object.fromEntries(
      text
        .split('---')[1]!
        .trim()
        .split('\n')
        .filter((l) => /^\w+: ./.test(l))
        .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
    );
    const parsed = schema.safeParse({
      ...yaml,
      title: JSON.parse(yaml.title!),
      description: JSON.parse(yaml.description!),
      author: JSON.parse(yaml.author!),
      tags: ['campaigns'],
      draft: true,
      hero: { image: 'x.jpg', alt: JSON.parse(/^ {2}alt: (.*)$/m.exec(text)![1]!) },
    });
    assert.deepEqual(parsed.success ? [] : parsed.error.issues, []);

    assert.throws(() => createPost({ root, title: 'Farm work and debt bondage', date }), /already exists: not overwriting/);
    assert.equal(readFileSync(file, 'utf8'), text, 'the existing file is untouched');
    // A post in a year folder with the same name also blocks it.
    mkdirSync(join(root, 'content', 'posts', 'es', '2025'), { recursive: true });
    writeFileSync(join(root, 'content', 'posts', 'es', '2025', 'trabajo.mdx'), 'x');
    assert.throws(() => createPost({ root, title: 'Trabajo', locale: 'es' }), /content\/posts\/es\/2025\/trabajo\.mdx already exists/);
    // A translation shares the English file name.
    const es = createPost({ root, title: 'Trabajo agrícola y deudas', locale: 'es', slug: 'farm-work-and-debt-bondage' });
    assert.equal(es.file, join(root, 'content', 'posts', 'es', 'farm-work-and-debt-bondage.mdx'));
    const esText = readFileSync(es.file, 'utf8');
    assert.match(esText, /^title: "Trabajo agrícola y deudas"$/m);
    assert.match(esText, new RegExp(`^published: ${new Date().toISOString().slice(0, 10)}$`, 'm'), 'today by default');

    assert.throws(() => createPost({ root, title: 'Another post', campaign: 'fresno' }), /Unknown campaign "fresno".*stockton/);
    assert.throws(() => createPost({ root, title: 'Another post', locale: 'fr' }), /Unknown locale "fr"/);
    assert.throws(() => createPost({ root, title: 'Hi' }), /at least 5 characters/);
    assert.deepEqual(readdirSync(join(root, 'content', 'posts', 'en')), ['farm-work-and-debt-bondage.mdx']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the template quotes titles so YAML cannot misread them', () => {
  const text = postTemplate({ title: 'Q: "yes" # no', locale: 'en', date: '2026-11-26', author: 'A B' });
  assert.match(text, /^title: "Q: \\"yes\\" # no"$/m);
});
