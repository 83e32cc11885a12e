/**
 * The content guard checks the tree Astro compiles before the build
 * (src/content-guard/compiled.ts), so the Markdown/MDX plugin can leave out the
 * files found clean. These tests show that this changes nothing the guard
 * refuses: the check before the build sees the very tree the plugin would, a
 * text it did not find clean is still checked by the plugin, and problems that
 * only smart punctuation reveals (or hides) are still refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  markdownToHtml,
  markdownToMdast,
  mdxToJs,
  mdxToMdast,
  type MdastPluginDefinition,
  type PluginFactoryContext,
} from 'satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { checkContentText, scanContent } from '@/content-guard/scan.ts';
import { checkTree, type Problem, type TreeNode } from '@/content-guard/check-tree.ts';
import {
  checkCompiledSource,
  compiledSource,
  compilesAsWritten,
  compilesClean,
  MARKDOWN_FEATURES,
  type SourceFormat,
} from '@/content-guard/compiled.ts';
import { contentGuardPlugin } from '@/content-guard/plugin.ts';

const SITE = 'https://campaigns.example.org';
const ROOT = new URL('../../', import.meta.url);
const post = (body: string) => `---\ntitle: x\ndescription: y\n---\n\n${body}\n`;

/** Every Markdown and MDX file of the site's content and of the guard's fixtures (bad on purpose). */
function contentFiles(): { path: string; text: string; format: SourceFormat }[] {
  return ['content', 'tests/fixtures/content-guard'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, ROOT), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => ({
        path: `${dir}/${f}`,
        text: readFileSync(new URL(`${dir}/${f}`, ROOT), 'utf8'),
        format: f.endsWith('.mdx') ? ('mdx' as const) : ('markdown' as const),
      })),
  );
}

/** What the plugin's check finds in the tree Sätteri compiles from `source` (undefined: it cannot be parsed). */
async function pluginProblems(source: string, format: SourceFormat): Promise<Problem[] | undefined> {
  let found: Problem[] = [];
  const capture: MdastPluginDefinition = {
    name: 'capture',
    options: { position: true },
    before(root) {
      found = checkTree(root as unknown as TreeNode, { siteOrigin: SITE });
    },
  };
  try {
    if (format === 'mdx') await mdxToJs(source, { mdastPlugins: [capture], features: MARKDOWN_FEATURES });
    else await markdownToHtml(source, { mdastPlugins: [capture], features: MARKDOWN_FEATURES });
  } catch {
    return undefined;
  }
  return found;
}

test('smart punctuation can change whether a number reads as a phone number, both ways', () => {
  // "..." is three separators; "…" is none: only the check without smart punctuation sees one number.
  assert.equal(checkContentText(post('Call 555...123...4567 now.'), 'mdx', { siteOrigin: SITE }).length, 1);
  assert.deepEqual(checkCompiledSource(compiledSource(post('Call 555...123...4567 now.'), 'mdx'), 'mdx', SITE), []);
  // "----" is four separators (too many); "––" is two: only the tree Astro compiles holds a phone number.
  assert.deepEqual(checkContentText(post('Call 555----1234 now.'), 'mdx', { siteOrigin: SITE }), []);
  const compiled = checkCompiledSource(compiledSource(post('Call 555----1234 now.'), 'mdx'), 'mdx', SITE);
  assert.deepEqual(
    compiled.map((p) => [p.line, p.message.slice(0, 36)]),
    [[6, '"555––1234" looks like a phone numbe']],
  );
});

test('the plugin leaves out exactly the texts the scan found clean as Astro compiles them, and refuses the rest', async () => {
  const root = mkdtempSync(join(tmpdir(), 'guard-compiled-'));
  try {
    mkdirSync(join(root, 'content/posts/en'), { recursive: true });
    const clean = post('Call the hotline: <Hotline />. Dates 2019--2020, and so on...');
    const smartNumber = post('Call 555----1234 now.');
    writeFileSync(join(root, 'content/posts/en/clean.mdx'), clean);
    writeFileSync(join(root, 'content/posts/en/smart-number.mdx'), smartNumber);
    const plugin = contentGuardPlugin({ siteOrigin: SITE, root });
    assert.equal(typeof plugin, 'function');
    const resolve = plugin as (ctx: PluginFactoryContext) => unknown;
    const ctx = (source: string, sourceFormat: SourceFormat = 'mdx'): PluginFactoryContext => ({
      source,
      sourceFormat,
      fileURL: undefined,
      data: {},
    });
    // Without the compiled check (Astro compiling with other features), nothing is left out.
    assert.deepEqual(scanContent(root, { siteOrigin: SITE }), []);
    assert.notEqual(resolve(ctx(compiledSource(clean, 'mdx'))), null);
    // The scan passes both files (the plain check cannot see the smart-punctuation number)...
    assert.deepEqual(scanContent(root, { siteOrigin: SITE, checkCompiled: true }), []);
    // ...and only the clean one, as Astro compiles it, is left out.
    assert.equal(resolve(ctx(compiledSource(clean, 'mdx'))), null);
    assert.notEqual(resolve(ctx(compiledSource(smartNumber, 'mdx'))), null);
    assert.notEqual(resolve(ctx(clean)), null, 'the file as written is not the text Astro compiles');
    assert.notEqual(resolve(ctx(compiledSource(clean, 'mdx'), 'markdown')), null, 'another format');
    assert.notEqual(resolve(ctx(`${compiledSource(clean, 'mdx')}<script />\n`)), null, 'a text edited later');
    const otherSite = contentGuardPlugin({ siteOrigin: 'https://other.example.org', root });
    assert.notEqual((otherSite as typeof resolve)(ctx(compiledSource(clean, 'mdx'))), null, 'another origin');
    // The plugin still stops the compile of the file the scan did not clear, naming file and line.
    await assert.rejects(
      async () =>
        mdxToJs(compiledSource(smartNumber, 'mdx'), {
          mdastPlugins: [plugin],
          features: MARKDOWN_FEATURES,
          fileURL: new URL(`file://${join(root, 'content/posts/en/smart-number.mdx')}`),
        }),
      /content\/posts\/en\/smart-number\.mdx:6: "555––1234" looks like a phone number/,
    );
    // A later scan starts afresh: a file that is no longer clean is checked by the plugin again.
    writeFileSync(join(root, 'content/posts/en/clean.mdx'), clean.replace('and so on', '<iframe />'));
    assert.equal(scanContent(root, { siteOrigin: SITE, checkCompiled: true }).length, 1);
    assert.notEqual(resolve(ctx(compiledSource(clean, 'mdx'))), null);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the check before the build finds what the plugin finds, in every content and fixture file', async () => {
  const files = contentFiles();
  assert.ok(files.length > 100, `${files.length} files`);
  const extra = [
    { path: 'smart-number.mdx', text: post('Call 555----1234 now.'), format: 'mdx' as const },
    { path: 'smart-number.md', text: post('Call 555----1234 now.\n\n<iframe></iframe>'), format: 'markdown' as const },
  ];
  const withProblems: string[] = [];
  for (const { path, text, format } of [...files, ...extra]) {
    const source = compiledSource(text, format);
    const expected = await pluginProblems(source, format);
    if (expected === undefined) continue; // not parseable: the plugin never runs, the scan reports it
    assert.deepEqual(checkCompiledSource(source, format, SITE), expected, path);
    if (expected.length > 0) withProblems.push(path.replace(/.*\//, ''));
  }
  assert.deepEqual(withProblems.sort(), [
    'pasted-code.mdx',
    'raw-html.md',
    'smart-number.md',
    'smart-number.mdx',
    'typed-number.mdx',
  ]);
});

test('compiledSource is the text Astro compiles: the file with its frontmatter blanked (MDX), trimmed (Markdown)', () => {
  const astro = (text: string, format: SourceFormat) => {
    const { content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    return (format === 'markdown' ? content.trim() : content).replace(/^\uFEFF/, '');
  };
  const cases = [
    ...contentFiles()
      .filter(({ path }) => !path.includes('latin-1'))
      .map(({ text, format }) => ({ text, format })),
    ...['mdx', 'markdown'].flatMap((format) =>
      [
        '# No frontmatter\n\nText.\n',
        '\uFEFF---\ntitle: x\n---\n\nText.\n',
        '\n\n---\ntitle: x\n---\nText.\n',
        '+++\ntitle = "x"\n+++\n\nText.\n',
        '---\r\ntitle: x\r\n---\r\n\r\nText.\r\n',
        '---\ntitle: x\n+++\n\nText with --- and +++.\n',
        '---\n---\n\nEmpty frontmatter.\n',
      ].map((text) => ({ text, format: format as SourceFormat })),
    ),
  ];
  for (const { text, format } of cases) assert.equal(compiledSource(text, format), astro(text, format), text);
});

/** Texts each check must refuse or pass, beside the site's content and the fixtures. */
const extraFiles: { path: string; text: string; format: SourceFormat }[] = [
  { path: 'dots.mdx', text: post('Call 555...123...4567 now.'), format: 'mdx' },
  { path: 'dashes.mdx', text: post('Call 555----1234 now.'), format: 'mdx' },
  { path: 'email.mdx', text: post('Write to someone@example.org or see www.example.org.'), format: 'mdx' },
  { path: 'entity.mdx', text: post('Dial tel&#x3A;911 or &#49;-888-373-7889.'), format: 'mdx' },
  { path: 'late-fence.mdx', text: '---\ntitle: x\n---<iframe />\n---\n\nBody.\n', format: 'mdx' },
  { path: 'indented.md', text: post('    <script>alert(1)</script>'), format: 'markdown' },
  {
    path: 'html.md',
    text: post('<p onclick="x()">Call <b>1-888</b>-373-7889</p>\n\n<img src="https://e.com/p.gif">'),
    format: 'markdown',
  },
];

const parsed = (text: string, format: SourceFormat, options: { compiled?: boolean; position: boolean }) =>
  (format === 'mdx' ? mdxToMdast : markdownToMdast)(text, {
    position: options.position,
    ...(options.compiled ? { features: MARKDOWN_FEATURES } : {}),
  }) as unknown as TreeNode;

/** A tree as it is without positions. */
const withoutPositions = (node: unknown): unknown =>
  Array.isArray(node)
    ? node.map(withoutPositions)
    : node && typeof node === 'object'
      ? Object.fromEntries(
          Object.entries(node)
            .filter(([key]) => key !== 'position')
            .map(([key, value]) => [key, withoutPositions(value)]),
        )
      : node;

test('positions only say where a problem is, never whether there is one: trees are checked without them first', () => {
  const messages = (problems: Problem[]) => problems.map((p) => p.message);
  let refused = 0;
  for (const { path, text, format } of [...contentFiles(), ...extraFiles]) {
    for (const compiled of [false, true]) {
      const source = compiled ? compiledSource(text, format) : text;
      let tree: TreeNode;
      try {
        tree = parsed(source, format, { compiled, position: true });
      } catch {
        continue; // not parseable: reported from the parse with positions (content-guard.test.ts)
      }
      const bare = parsed(source, format, { compiled, position: false });
      assert.deepEqual(bare, withoutPositions(tree), `${path}: the same tree`);
      const problems = messages(checkTree(tree, { siteOrigin: SITE }));
      assert.deepEqual(messages(checkTree(bare, { siteOrigin: SITE })), problems, path);
      if (compiled) assert.equal(compilesClean(source, format, SITE), problems.length === 0, path);
      if (problems.length > 0) refused++;
    }
  }
  assert.ok(refused >= 12, `${refused} refused`);
});

test('the text Astro compiles is checked again unless it is the very tree already checked, as written', async () => {
  const yamlOf = (tree: TreeNode) => tree.children?.find((c) => c.type === 'yaml')?.value as string | undefined;
  const said: string[] = [];
  for (const { path, text, format } of [...contentFiles(), ...extraFiles]) {
    let written: TreeNode;
    try {
      written = parsed(text, format, { position: false });
    } catch {
      continue;
    }
    const source = compiledSource(text, format);
    if (!compilesAsWritten(text, source, yamlOf(written))) continue;
    said.push(path);
    const body = { ...written, children: written.children?.filter((c) => c.type !== 'yaml') };
    assert.deepEqual(parsed(source, format, { compiled: true, position: false }), body, path);
  }
  const real = said.filter((path) => path.startsWith('content/')).length;
  assert.ok(real >= 80, `only ${real} files of content/ compile as written`);
  // Smart punctuation, Astro's frontmatter, Markdown's trimming, a byte-order mark or Windows line ends: checked again.
  for (const [text, format] of [
    [post('Call 555----1234 now.'), 'mdx'],
    [post('Call 555...123...4567 now.'), 'mdx'],
    [post('A "quoted" word and an apostrophe\'s.'), 'mdx'],
    [post('A dash -- here.'), 'mdx'],
    ['---\ntitle: x\n---<iframe />\n---\n\nBody.\n', 'mdx'],
    ['---\ntitle: x\n--- \n<iframe />\n', 'mdx'],
    ['\n---\ntitle: x\n---\n\nBody.\n', 'mdx'],
    ['\uFEFF---\ntitle: x\n---\n\nBody.\n', 'mdx'],
    ['---\r\ntitle: x\r\n---\r\n\r\nBody.\r\n', 'mdx'],
    ['+++\ntitle = "x"\n+++\n\nBody.\n', 'mdx'],
    [post('    <script>alert(1)</script>'), 'markdown'],
    [post('Body.'), 'markdown'],
  ] as const) {
    const yaml = yamlOf(parsed(text, format, { position: false }));
    assert.equal(compilesAsWritten(text, compiledSource(text, format), yaml), false, text);
  }
  // Files that pass as written but not as Astro compiles them still reach the plugin, which refuses them.
  const root = mkdtempSync(join(tmpdir(), 'guard-as-written-'));
  try {
    mkdirSync(join(root, 'content/posts/en'), { recursive: true });
    const files = {
      'late-fence.mdx': [
        '---\ntitle: x\n---<iframe />\n---\n\nBody.\n',
        'mdx',
        /late-fence\.mdx:3: <iframe> is not allowed/,
      ],
      'dashes.mdx': [post('Call 555----1234 now.'), 'mdx', /dashes\.mdx:6: "555––1234" looks like a phone number/],
      'indented.md': [post('    <script>alert(1)</script>'), 'markdown', /indented\.md:1: <script> is not allowed/],
    } as const;
    for (const [name, [text]] of Object.entries(files)) writeFileSync(join(root, 'content/posts/en', name), text);
    assert.deepEqual(scanContent(root, { siteOrigin: SITE, checkCompiled: true }), []);
    const plugin = contentGuardPlugin({ siteOrigin: SITE, root });
    for (const [name, [text, format, refusal]] of Object.entries(files)) {
      const source = compiledSource(text, format);
      const fileURL = new URL(`file://${join(root, 'content/posts/en', name)}`);
      const compile = async () =>
        format === 'mdx'
          ? mdxToJs(source, { mdastPlugins: [plugin], features: MARKDOWN_FEATURES, fileURL })
          : markdownToHtml(source, { mdastPlugins: [plugin], features: MARKDOWN_FEATURES, fileURL });
      await assert.rejects(compile, refusal);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
