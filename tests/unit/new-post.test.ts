import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postSchema } from '@/lib/schemas.ts';
import { dayIn } from '@/lib/publishing.ts';
import { site } from '@/config/site.ts';
import { createPost, postTemplate } from '../../scripts/new-post.ts';

const schema = postSchema({ campaigns: new Set(['stockton']) });

test("new:post scaffolds a valid draft with today's date and refuses to overwrite", () => {
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
      hero: { image: /^ {2}image: (.*)$/m.exec(text)![1]!, alt: JSON.parse(/^ {2}alt: (.*)$/m.exec(text)![1]!) },
    });
    assert.deepEqual(parsed.success ? [] : parsed.error.issues, []);

    assert.throws(
      () => createPost({ root, title: 'Farm work and debt bondage', date }),
      /already exists: not overwriting/,
    );
    assert.equal(readFileSync(file, 'utf8'), text, 'the existing file is untouched');
    // A post in a year folder with the same name also blocks it.
    mkdirSync(join(root, 'content', 'posts', 'es', '2025'), { recursive: true });
    writeFileSync(join(root, 'content', 'posts', 'es', '2025', 'trabajo.mdx'), 'x');
    assert.throws(
      () => createPost({ root, title: 'Trabajo', locale: 'es' }),
      /content\/posts\/es\/2025\/trabajo\.mdx already exists/,
    );
    // A translation shares the English file name.
    const es = createPost({
      root,
      title: 'Trabajo agrícola y deudas',
      locale: 'es',
      slug: 'farm-work-and-debt-bondage',
    });
    assert.equal(es.file, join(root, 'content', 'posts', 'es', 'farm-work-and-debt-bondage.mdx'));
    const esText = readFileSync(es.file, 'utf8');
    assert.match(esText, /^title: "Trabajo agrícola y deudas"$/m);
    const today = dayIn(site.publishingTimeZone, new Date());
    assert.match(esText, new RegExp(`^published: ${today}$`, 'm'), 'today where the site publishes, by default');

    assert.throws(
      () => createPost({ root, title: 'Another post', campaign: 'fresno' }),
      /Unknown campaign "fresno".*stockton/,
    );
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

test('the placeholders are written in the language of the post, from its strings file', async () => {
  const es = (await import('@/i18n/ui/es.ts')).default;
  const text = postTemplate({ title: 'Trabajo agrícola', locale: 'es', date: '2026-11-26', author: 'A B' });
  assert.ok(text.includes(JSON.stringify(es['newPost.description'])));
  assert.ok(text.includes(`{/* ${es['newPost.draftNote']} */}`));
  assert.ok(text.includes(es['newPost.body']));
});
