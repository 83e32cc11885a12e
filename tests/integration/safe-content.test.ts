/**
 * Nothing unsafe ships (issue 9): each check runs Astro on a throwaway copy of
 * the project and reads what it says or writes. Kept cheap: one `astro sync`
 * for every kind of bad content at once (the content guard lists every problem
 * in one go), one `astro build` that stops at once (no SITE_URL), one full
 * deploy build for the good cases, and one build that injects a script.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPost } from '../../scripts/new-post.ts';
import { PROJECT, astro, withProjectCopy } from '../support/project-copy.ts';
import { ADMIN_DIR } from '@/lib/csp.ts';

const FIXTURES = join(PROJECT, 'tests', 'fixtures', 'content-guard');
const PUBLIC_URL = 'https://campaigns.example.org';

/** Run Astro in a copy with SITE_URL and BUILD_DATE exactly as given (unset unless given). */
const astroWith = (dir: string, args: string[], env: { SITE_URL?: string; BUILD_DATE?: string }) =>
  astro(dir, args, 240_000, { SITE_URL: undefined, BUILD_DATE: undefined, ...env });

/** Every text file the build wrote, by path. */
function distTexts(dist: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (/\.(html|xml|txt|json|js|css)$|_headers$|_redirects$/.test(file) && !file.startsWith('pagefind')) {
      texts.set(file, readFileSync(join(dist, file), 'utf8'));
    }
  }
  return texts;
}

/** A valid post in a copy: frontmatter with the given date and extras, and a body. */
function writePost(
  dir: string,
  path: string,
  { published, extra = '', body }: { published: string; extra?: string; body: string },
) {
  writeFileSync(
    join(dir, 'content/posts', path),
    [
      '---',
      `title: ${JSON.stringify(body.slice(0, 40))}`,
      'description: A post written by the safety tests, with a summary long enough to pass.',
      `published: ${published}`,
      'author: STOP THE TRAFFIK',
      'tags: [campaigns]',
      extra,
      'hero:',
      '  image: ../../images/posts/blog-default.jpg',
      '  alt: Illustration with the words STOP THE TRAFFIK in white on dark blue.',
      '---',
      '',
      body,
      '',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  );
}

test('bad content stops the build, every problem named by file and line (one sync)', async () => {
  await withProjectCopy('safe-content-sync-', (dir) => {
    cpSync(FIXTURES, join(dir, 'content'), { recursive: true });
    // `npm run new:post` output published without writing the text (draft: true removed).
    const { file } = createPost({ root: dir, title: 'Placeholder left in', date: new Date('2026-11-20T12:00:00Z') });
    const scaffold = readFileSync(file, 'utf8').replace('draft: true\n', '');
    writeFileSync(file, scaffold);
    const lineOf = (words: string) => scaffold.split('\n').findIndex((l) => l.includes(words)) + 1;
    // A file that would be left out without a word.
    writeFileSync(join(dir, 'content/posts/en/notes.txt'), 'Some notes\n');
    const { status, output } = astroWith(dir, ['sync'], {});
    assert.notEqual(status, 0, output);
    const expected: [string, RegExp][] = [
      ['content/posts/en/pasted-code.mdx:12', /import\/export statements are not allowed/],
      ['content/posts/en/pasted-code.mdx:14', /<script> is not allowed/],
      ['content/posts/en/pasted-code.mdx:16', /<script> is not allowed/],
      ['content/posts/en/pasted-code.mdx:18', /<iframe> is not allowed/],
      ['content/posts/en/pasted-code.mdx:20', /<object> is not allowed/],
      ['content/posts/en/pasted-code.mdx:22', /<embed> is not allowed/],
      ['content/posts/en/pasted-code.mdx:24', /onClick= on <span> runs JavaScript/],
      ['content/posts/en/pasted-code.mdx:26', /javascript:alert\(1\)/],
      ['content/posts/en/pasted-code.mdx:28', /not a file of this site/],
      ['content/posts/en/pasted-code.mdx:30', /<hotline> .*write <Hotline \/>/],
      ['content/posts/en/pasted-code.mdx:32', /is JavaScript and is not allowed/],
      ['content/posts/en/raw-html.md:15', /<script> is not allowed/],
      ['content/posts/en/raw-html.md:18', /onmouseover=/],
      ['content/posts/en/typed-number.mdx:14', /"1-888-373-7889" looks like a phone number.*<Hotline \/>/],
      ['content/posts/en/typed-number.mdx:16', /tel:\+18883737889.*dials or texts a number/],
      ['content/posts/en/typed-number.mdx:16', /"233733" is the National Human Trafficking Hotline's text number/],
      ['content/posts/en/impossible-date.mdx:4', /published: "2026-13-45" has no month 13.*YYYY-MM-DD/],
      [
        'content/posts/en/remote-hero.mdx:8',
        /hero\.image "https:\/\/images\.example\.com\/photo\.jpg" is on another website/,
      ],
      ['content/posts/en/latin-1.mdx:2', /not saved as UTF-8 text .*0xF3/],
      ['content/pages/en/blog.mdx', /"blog" is the address of another part of the site/],
      [
        `content/posts/en/placeholder-left-in.mdx:${lineOf('Replace this with')}`,
        /placeholder text of npm run new:post \("Replace this with/,
      ],
      [
        `content/posts/en/placeholder-left-in.mdx:${lineOf('Write the post here')}`,
        /placeholder text of npm run new:post \("Write the post here/,
      ],
      ['content/posts/en/notes.txt', /only \.mdx and \.md files are published/],
    ];
    for (const [where, what] of expected) {
      const line = output.split('\n').find((l) => l.includes(`${where}: `) && what.test(l));
      assert.ok(line, `expected "${where}: ${what}" in:\n${output}`);
    }
    // Good lines in the same files are not reported: 418 reports, 27.6 million, a year, an ISBN.
    assert.ok(!/typed-number\.mdx:12:/.test(output), output);
  });
});

test('a build for deployment without SITE_URL stops, saying how to set it', async () => {
  await withProjectCopy('safe-content-site-url-', (dir) => {
    const { status, output } = astroWith(dir, ['build'], {});
    assert.notEqual(status, 0, output);
    assert.match(output, /SITE_URL is not set/);
    assert.match(output, /SITE_URL=https:\/\/campaigns\.example\.org npm run build/);
    assert.ok(!existsSync(join(dir, 'dist', 'index.html')), 'nothing was built');
  });
});

test('a deploy build: public address everywhere, .md published, scheduled posts held back, wasm only for Pagefind', async () => {
  await withProjectCopy('safe-content-build-', (dir) => {
    writePost(dir, 'en/plain-markdown-post.md', {
      published: '2026-11-30',
      body: 'A plain *Markdown* post, published like MDX.',
    });
    writePost(dir, 'en/due-today-post.mdx', {
      published: '2026-12-01',
      extra: 'campaign: stockton',
      body: 'A post dated on the build day.',
    });
    writePost(dir, 'en/scheduled-tomorrow-post.mdx', {
      published: '2026-12-02',
      extra: 'campaign: stockton',
      body: 'A post dated after the build day.',
    });
    const { status, output } = astroWith(dir, ['build'], { SITE_URL: PUBLIC_URL, BUILD_DATE: '2026-12-01' });
    assert.equal(status, 0, output);
    assert.match(output, /publishing posts dated up to 2026-12-01/);
    const dist = join(dir, 'dist');
    const texts = distTexts(dist);

    // A .md file is a post like any other.
    assert.match(texts.get('blog/plain-markdown-post/index.html') ?? '', /A plain <em>Markdown<\/em> post/);
    // Dated today: published; dated tomorrow: on no page, feed, index, campaign page or sitemap.
    assert.ok(texts.has('blog/due-today-post/index.html'));
    assert.match(texts.get('rss.xml')!, /due-today-post/);
    assert.match(texts.get('campaigns/stockton/index.html')!, /due-today-post/);
    assert.ok(!existsSync(join(dist, 'blog/scheduled-tomorrow-post')), 'no page for the scheduled post');
    const leaks = [...texts].filter(([, text]) => text.includes('scheduled-tomorrow-post')).map(([file]) => file);
    assert.deepEqual(leaks, [], 'the scheduled post is named nowhere');

    // The public address, never the local one.
    // The web editor's own code (Sveltia CMS, in admin/*.js) names localhost to recognise a local checkout;
    // its page and configuration, like every file of the site, name only the public address.
    const editorCode = (file: string) => file.startsWith(`${ADMIN_DIR}/`) && file.endsWith('.js');
    const local = [...texts]
      .filter(([file, text]) => !editorCode(file) && /127\.0\.0\.1|localhost/.test(text))
      .map(([file]) => file);
    assert.ok(texts.has(`${ADMIN_DIR}/config.json`));
    assert.deepEqual(local, [], 'files naming the local address');
    const card = texts.get('signs/print/index.html')!.replace(/<[^>]+>/g, ' ');
    assert.match(card, /campaigns\.example\.org\/signs\//, 'the printed card shows the public address');
    assert.match(texts.get('sitemap-index.xml')!, /<loc>https:\/\/campaigns\.example\.org\/sitemap-0\.xml<\/loc>/);

    // The policy: the quick exit's hash, 'wasm-unsafe-eval' only for Pagefind, a meta copy on every page.
    const headers = texts.get('_headers')!;
    const policies = [...headers.matchAll(/^(\S+)\n(?:\s+.*\n)*?\s+Content-Security-Policy: (.*)$/gm)].map(
      (m) => [m[1]!, m[2]!] as const,
    );
    assert.ok(policies.length > 5, headers);
    for (const [pattern, policy] of policies)
      assert.equal(policy.includes("'wasm-unsafe-eval'"), pattern === '/pagefind/*', pattern);
    // The web editor's page carries its own policy (tests/site/admin.test.ts); every other page the site's.
    assert.match(
      texts.get(`${ADMIN_DIR}/index.html`)!,
      /content="default-src &#39;none&#39;; script-src &#39;self&#39;;/,
    );
    const pages = [...texts].filter(([file]) => file.endsWith('.html') && !file.startsWith(`${ADMIN_DIR}/`));
    for (const [file, html] of pages) {
      assert.match(
        html,
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-[^"]*object-src 'none'">/,
        file,
      );
      assert.ok(
        !/frame-ancestors|wasm-unsafe-eval/.test(/<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html)![0]),
        file,
      );
    }
  });
});

test('a page with an inline script that is not the quick exit stops the build, naming the page', async () => {
  await withProjectCopy('safe-content-script-', (dir) => {
    // As a developer might: an inline script added to a page component.
    const support = join(dir, 'src/components/SupportCall.astro');
    writeFileSync(
      support,
      `${readFileSync(support, 'utf8')}\n<script is:inline>document.getElementById('quick-exit').href = '/';</script>\n`,
    );
    const { status, output } = astroWith(dir, ['build'], { SITE_URL: PUBLIC_URL });
    assert.notEqual(status, 0, output);
    assert.match(output, /pages may run only the site's own scripts/);
    assert.match(
      output,
      /\/campaigns\/stockton\/: an inline script that is not the site's own: "document\.getElementById\('quick-exit'\)/,
    );
    assert.ok(!existsSync(join(dir, 'dist', '_headers')), 'no _headers for a build that failed');
  });
});

test('a number that only smart punctuation makes a phone number stops the build, naming the file and line', async () => {
  await withProjectCopy('safe-content-compiled-', (dir) => {
    // "----" joins no digits for the check of the file as written; Astro compiles it as "––", which does.
    // The check before the build finds it on the tree Astro compiles and leaves the file to the plugin.
    writePost(dir, 'en/dashed-number.mdx', { published: '2026-11-01', body: 'Call 555----1234 for help.' });
    const text = readFileSync(join(dir, 'content/posts/en/dashed-number.mdx'), 'utf8');
    const line = text.split('\n').findLastIndex((l) => l.includes('555----1234')) + 1;
    const { status, output } = astroWith(dir, ['build'], { SITE_URL: PUBLIC_URL });
    assert.notEqual(status, 0, output);
    assert.match(
      output,
      new RegExp(`content/posts/en/dashed-number\\.mdx:${line}: "555––1234" looks like a phone number`),
    );
    assert.ok(!existsSync(join(dir, 'dist', '_headers')), 'nothing deployable was written');
  });
});
