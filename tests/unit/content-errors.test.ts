/**
 * Bad content must stop the build with a message naming the file and the
 * field. Each test copies the project to a temporary folder, adds a broken post
 * from tests/fixtures/posts/, and runs `astro sync`, which loads and validates
 * every content file (what `astro build` does first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createPost } from '../../src/tools/new-post.ts';

const project = resolve(import.meta.dirname, '../..');
const fixtures = join(project, 'tests', 'fixtures', 'posts');
const campaignFixtures = join(project, 'tests', 'fixtures', 'campaigns');

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-errors-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tailwind.config.cjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(project, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function sync(dir: string): { status: number | null; output: string } {
  const run = spawnSync('npx', ['astro', 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Strip any colour codes left so the assertions read plain text.
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

function withProject(fn: (dir: string) => void) {
  const dir = copyProject();
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const addFixture = (dir: string, name: string, target = `content/posts/en/${name}`) => {
  cpSync(join(fixtures, name), join(dir, target));
};

test('a missing or wrong field names the file and the field', () => {
  withProject((dir) => {
    addFixture(dir, 'missing-fields.mdx');
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /posts → en\/missing-fields data does not match collection schema/);
    assert.match(output, /content\/posts\/en\/missing-fields\.mdx/);
    assert.match(output, /description/);
    assert.match(output, /published/);
  });
});

test('an unknown campaign names the file, the field and the known campaigns', () => {
  withProject((dir) => {
    addFixture(dir, 'unknown-campaign.mdx');
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /posts → en\/unknown-campaign data does not match collection schema/);
    assert.match(output, /campaign: Unknown campaign "fresno"\. .*stockton/);
  });
});

test('a missing hero image names the file, the field and the path', () => {
  withProject((dir) => {
    addFixture(dir, 'missing-image.mdx');
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/posts\/en\/missing-image\.mdx: hero\.image "\.\.\/\.\.\/images\/posts\/no-such-picture\.jpg" does not exist/);
  });
});

test('two posts with the same name in one locale fail, naming both', () => {
  withProject((dir) => {
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

test('a campaign with a wrong help-line region names the file, the field and the regions', () => {
  withProject((dir) => {
    cpSync(join(campaignFixtures, 'wrong-region.mdx'), join(dir, 'content/campaigns/en/wrong-region.mdx'));
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /campaigns → en\/wrong-region data does not match collection schema/);
    assert.match(output, /content\/campaigns\/en\/wrong-region\.mdx/);
    assert.match(output, /region: Unknown help-line region "fr"\. Use one of: us, uk/);
  });
});

test('a campaign whose picture is missing names the file, the field and the path', () => {
  withProject((dir) => {
    cpSync(join(campaignFixtures, 'missing-picture.mdx'), join(dir, 'content/campaigns/en/missing-picture.mdx'));
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/campaigns\/en\/missing-picture\.mdx: hero\.image "\.\.\/\.\.\/images\/no-such-picture\.jpg" does not exist/);
  });
});

test('a translation that changes a campaign’s region names both files', () => {
  withProject((dir) => {
    const file = join(dir, 'content/campaigns/es/stockton.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^region: us$/m, 'region: uk'));
    const { status, output } = sync(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/campaigns\/(es|en)\/stockton\.mdx: region is "(uk|us)" but content\/campaigns\/(en|es)\/stockton\.mdx says "(us|uk)"/);
  });
});

test('the real content and a freshly scaffolded post pass', () => {
  withProject((dir) => {
    createPost({ root: dir, title: 'A scaffolded post', campaign: 'stockton' });
    createPost({ root: dir, title: 'Una publicación nueva', locale: 'es', slug: 'a-scaffolded-post' });
    const { status, output } = sync(dir);
    assert.equal(status, 0, output);
    assert.match(output, /Synced content/);
  });
});
