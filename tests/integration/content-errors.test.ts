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

const fixtures = join(PROJECT, 'tests', 'fixtures', 'posts');
const campaignFixtures = join(PROJECT, 'tests', 'fixtures', 'campaigns');
const sync = (dir: string) => astro(dir, ['sync'], 60_000);
/** Runs `astro sync` on the copy, which must fail; returns what it printed. */
const syncFails = (dir: string) => {
  const { status, output } = sync(dir);
  assert.notEqual(status, 0, output);
  return output;
};
const withProject = (fn: (dir: string) => void) => withProjectCopy('content-errors-', fn);

const addFixture = (dir: string, name: string, target = `content/posts/en/${name}`) => {
  cpSync(join(fixtures, name), join(dir, target));
};

test('a missing or wrong field names the file and the field', async () => {
  await withProject((dir) => {
    addFixture(dir, 'missing-fields.mdx');
    const output = syncFails(dir);
    assert.match(output, /posts → en\/missing-fields data does not match collection schema/);
    assert.match(output, /content\/posts\/en\/missing-fields\.mdx/);
    assert.match(output, /description/);
    assert.match(output, /published/);
  });
});

test('an unknown campaign names the file, the field and the known campaigns', async () => {
  await withProject((dir) => {
    addFixture(dir, 'unknown-campaign.mdx');
    const output = syncFails(dir);
    assert.match(output, /posts → en\/unknown-campaign data does not match collection schema/);
    assert.match(output, /campaign: Unknown campaign "fresno"\. .*stockton/);
  });
});

test('a missing hero image names the file, the field and the path', async () => {
  await withProject((dir) => {
    addFixture(dir, 'missing-image.mdx');
    const output = syncFails(dir);
    assert.match(
      output,
      /content\/posts\/en\/missing-image\.mdx: hero\.image "\.\.\/\.\.\/images\/posts\/no-such-picture\.jpg" does not exist/,
    );
  });
});

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

test('a campaign with a wrong help-line region names the file, the field and the regions', async () => {
  await withProject((dir) => {
    cpSync(join(campaignFixtures, 'wrong-region.mdx'), join(dir, 'content/campaigns/en/wrong-region.mdx'));
    const output = syncFails(dir);
    assert.match(output, /campaigns → en\/wrong-region data does not match collection schema/);
    assert.match(output, /content\/campaigns\/en\/wrong-region\.mdx/);
    assert.match(output, /region: Unknown help-line region "fr"\. Use one of: us, uk/);
  });
});

test('a campaign whose picture is missing names the file, the field and the path', async () => {
  await withProject((dir) => {
    cpSync(join(campaignFixtures, 'missing-picture.mdx'), join(dir, 'content/campaigns/en/missing-picture.mdx'));
    const output = syncFails(dir);
    assert.match(
      output,
      /content\/campaigns\/en\/missing-picture\.mdx: hero\.image "\.\.\/\.\.\/images\/no-such-picture\.jpg" does not exist/,
    );
  });
});

test('a translation that changes a campaign’s region names both files', async () => {
  await withProject((dir) => {
    const file = join(dir, 'content/campaigns/es/stockton.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^region: us$/m, 'region: uk'));
    const output = syncFails(dir);
    assert.match(
      output,
      /content\/campaigns\/(es|en)\/stockton\.mdx: region is "(uk|us)" but content\/campaigns\/(en|es)\/stockton\.mdx says "(us|uk)"/,
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
