/**
 * Bad content must stop the build with a message naming the file and the
 * field. Each test copies the project to a temporary folder, adds a broken post
 * from tests/fixtures/posts/, and runs `astro sync`, which loads and validates
 * every content file (what `astro build` does first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPost } from '../../scripts/new-post.ts';
import { PROJECT, astro, withProjectCopy } from '../support/project-copy.ts';

const fixtures = join(PROJECT, 'tests', 'fixtures', 'posts');
const sync = (dir: string) => astro(dir, ['sync'], 60_000);
const withProject = (fn: (dir: string) => void) => withProjectCopy('content-errors-', fn);

const addFixture = (dir: string, name: string, target = `content/posts/en/${name}`) => {
  cpSync(join(fixtures, name), join(dir, target));
};

test('a missing or wrong field names the file and the field', async () => {
  await withProject((dir) => {
    addFixture(dir, 'missing-fields.mdx');
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /posts → en\/missing-fields data does not match collection schema/);
    assert.match(output, /content\/posts\/en\/missing-fields\.mdx/);
    assert.match(output, /description/);
    assert.match(output, /published/);
  });
});

test('an unknown campaign names the file, the field and the known campaigns', async () => {
  await withProject((dir) => {
    addFixture(dir, 'unknown-campaign.mdx');
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /posts → en\/unknown-campaign data does not match collection schema/);
    assert.match(output, /campaign: Unknown campaign "fresno"\. .*stockton/);
  });
});

test('a missing hero image names the file, the field and the path', async () => {
  await withProject((dir) => {
    addFixture(dir, 'missing-image.mdx');
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/posts\/en\/missing-image\.mdx: hero\.image "\.\.\/\.\.\/images\/posts\/no-such-picture\.jpg" does not exist/);
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
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /"en\/(2025\/)?healthcare-one-in-five\.mdx" and "en\/(2025\/)?healthcare-one-in-five\.mdx" have the same name/);
    assert.match(output, /\/blog\/healthcare-one-in-five\//);
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
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/pages\/en\/search\.mdx: "search" is the address of another part of the site/);
  });
});
