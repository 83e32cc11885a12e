import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allPictures, namedPictures, picturesModule } from '@/integrations/hero-pictures.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hero-pictures-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}
const entry = (image: string) => `---\ntitle: T\nhero:\n  image: ${image}\n  alt: An illustration.\n---\n\nText.\n`;

test('a build imports the pictures entries name, once each; the dev server every picture in content/images/', () => {
  const root = project({
    'content/images/posts/a.jpg': '',
    'content/images/posts/b.png': '',
    'content/images/c.webp': '',
    'content/images/notes.txt': '',
    'content/posts/en/one.mdx': entry('../../images/posts/a.jpg'),
    'content/posts/es/one.mdx': entry('../../images/posts/a.jpg'),
    'content/posts/en/2026/two.md': entry('"../../../images/posts/a.jpg"'),
    // Left out by the collections' loaders, so its picture is not imported for it.
    'content/posts/en/_draft.mdx': entry('../../images/posts/b.png'),
    'content/campaigns/en/camp.mdx': entry("'../../images/c.webp'"),
    // A path that names no picture is the entry check's to refuse (src/lib/entry-ids.ts).
    'content/posts/en/broken.mdx': entry('../../images/posts/missing.jpg'),
  });
  try {
    assert.deepEqual(namedPictures(root), ['content/images/c.webp', 'content/images/posts/a.jpg']);
    assert.deepEqual(allPictures(root), [
      'content/images/c.webp',
      'content/images/posts/a.jpg',
      'content/images/posts/b.png',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the pictures module imports each file once and maps its path to it', () => {
  assert.equal(
    picturesModule(['content/images/c.webp', 'content/images/posts/a.jpg']),
    'import picture0 from "/content/images/c.webp";\nimport picture1 from "/content/images/posts/a.jpg";\n' +
      'export default {\n  "content/images/c.webp": picture0,\n  "content/images/posts/a.jpg": picture1,\n};\n',
  );
});
