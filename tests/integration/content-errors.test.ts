/**
 * Bad content must stop the build with a message naming the file and the
 * field. Each test copies the project to a temporary folder, adds a broken post
 * or campaign from tests/fixtures/, and runs `astro sync`, which loads and validates
 * every content file (what `astro build` does first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPost } from '../../scripts/new-post.ts';
import { PROJECT, astro, withProjectCopy } from '../support/project-copy.ts';

const sync = (dir: string) => astro(dir, ['sync'], 60_000);
/** Runs `astro sync` on the copy, which must fail; returns what it printed. */
const syncFails = (dir: string) => {
  const { status, output } = sync(dir);
  assert.notEqual(status, 0, output);
  return output;
};
const withProject = (fn: (dir: string) => void) => withProjectCopy('content-errors-', fn);

/**
 * Broken files from tests/fixtures/: `<collection>/<name>` is copied to `content/<collection>/en/<name>`,
 * and the failure must say each of `says`.
 */
const brokenFixtures: { name: string; fixture: string; says: RegExp[] }[] = [
  {
    name: 'a missing or wrong field names the file and the field',
    fixture: 'posts/missing-fields.mdx',
    says: [
      /posts → en\/missing-fields data does not match collection schema/,
      /content\/posts\/en\/missing-fields\.mdx/,
      /description/,
      /published/,
    ],
  },
  {
    name: 'an unknown campaign names the file, the field and the known campaigns',
    fixture: 'posts/unknown-campaign.mdx',
    says: [
      /posts → en\/unknown-campaign data does not match collection schema/,
      /campaign: Unknown campaign "fresno"\. .*stockton/,
    ],
  },
  {
    name: 'a missing hero image names the file, the field and the path',
    fixture: 'posts/missing-image.mdx',
    says: [
      /content\/posts\/en\/missing-image\.mdx: hero\.image "\.\.\/\.\.\/images\/posts\/no-such-picture\.jpg" does not exist/,
    ],
  },
  {
    // The file exists, but pages find hero pictures among those in content/images/ only (src/lib/pictures.ts).
    name: 'a hero picture outside content/images/ names the file, the field and where it points',
    fixture: 'posts/picture-outside-images.mdx',
    says: [
      /content\/posts\/en\/picture-outside-images\.mdx: hero\.image "\.\.\/\.\.\/\.\.\/public\/og-default\.png" is not in content\/images\/ \(it points to public\/og-default\.png\)/,
    ],
  },
  {
    name: 'a campaign with a wrong help-line region names the file, the field and the regions',
    fixture: 'campaigns/wrong-region.mdx',
    says: [
      /campaigns → en\/wrong-region data does not match collection schema/,
      /content\/campaigns\/en\/wrong-region\.mdx/,
      /region: Unknown help-line region "fr"\. Use one of: us, uk/,
    ],
  },
  {
    name: 'a campaign whose picture is missing names the file, the field and the path',
    fixture: 'campaigns/missing-picture.mdx',
    says: [
      /content\/campaigns\/en\/missing-picture\.mdx: hero\.image "\.\.\/\.\.\/images\/no-such-picture\.jpg" does not exist/,
    ],
  },
];

for (const { name, fixture, says } of brokenFixtures) {
  test(name, async () => {
    await withProject((dir) => {
      const [collection, file] = fixture.split('/');
      cpSync(join(PROJECT, 'tests/fixtures', fixture), join(dir, 'content', collection!, 'en', file!));
      const output = syncFails(dir);
      for (const pattern of says) assert.match(output, pattern);
    });
  });
}

test('two posts with the same name in one locale fail, naming both', async () => {
  await withProject((dir) => {
    mkdirSync(join(dir, 'content/posts/en/2025'), { recursive: true });
    // A copy of a real post in a year folder (its picture path one level deeper): same file name, same address.
    const original = readFileSync(join(dir, 'content/posts/en/healthcare-one-in-five.mdx'), 'utf8');
    writeFileSync(
      join(dir, 'content/posts/en/2025/healthcare-one-in-five.mdx'),
      original.replace('image: ../../images/', 'image: ../../../images/'),
    );
    const output = syncFails(dir);
    assert.match(
      output,
      /"en\/(2025\/)?healthcare-one-in-five\.mdx" and "en\/(2025\/)?healthcare-one-in-five\.mdx" have the same name/,
    );
    assert.match(output, /\/blog\/healthcare-one-in-five\//);
  });
});

test('a translation that changes a campaign’s region names both files', async () => {
  await withProject((dir) => {
    const file = join(dir, 'content/campaigns/es/stockton.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^region: us$/m, 'region: uk'));
    const output = syncFails(dir);
    assert.match(
      output,
      /content\/campaigns\/es\/stockton\.mdx: region is "uk" but content\/campaigns\/en\/stockton\.mdx says "us"/,
    );
  });
});

test('the real content and a freshly scaffolded post pass', async () => {
  await withProject((dir) => {
    createPost({ root: dir, title: 'A scaffolded post', campaign: 'stockton' });
    createPost({ root: dir, title: 'Una publicación nueva', locale: 'es', slug: 'a-scaffolded-post' });
    const { status, output } = sync(dir);
    assert.equal(status, 0, output);
    assert.match(output, /Synced content/);
  });
});

test('a stand-alone page named like another route fails, naming the file', async () => {
  await withProject((dir) => {
    // A copy of a real page under the name of the search route: it could never be seen.
    cpSync(join(dir, 'content/pages/en/get-help.mdx'), join(dir, 'content/pages/en/search.mdx'));
    const output = syncFails(dir);
    assert.match(output, /content\/pages\/en\/search\.mdx: "search" is the address of another part of the site/);
  });
});
