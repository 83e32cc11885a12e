/**
 * The content guard's allowlist (src/content-guard/): what content may contain,
 * checked on the tree Sätteri parses, and through Astro's own MDX and Markdown
 * compilers with the plugin, in both directions (refused and allowed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { isPhoneShaped, linkProblem, mediaProblem, phoneProblems } from '@/content-guard/rules.ts';
import { checkContentText, formatProblem, scanContent } from '@/content-guard/scan.ts';
import { checkFrontmatter, frontmatterLines } from '@/content-guard/frontmatter.ts';
import { contentGuardPlugin } from '@/content-guard/plugin.ts';
import { mdxComponentNames } from '@/components/mdx/names.ts';

const SITE = 'https://campaigns.example.org';
const check = (text: string, format: 'md' | 'mdx' = 'mdx') => checkContentText(text, format, { siteOrigin: SITE });
const lines = (text: string, format: 'md' | 'mdx' = 'mdx') => check(text, format).map((p) => p.line);

test('code, embeds, handlers and imports are refused, each at its line', () => {
  const mdx = [
    'Intro', // 1
    '', // 2
    '<script>{`document.getElementById("quick-exit").href = "/"`}</script>', // 3
    '', // 4
    '<script src="/x.js" />', // 5
    '', // 6
    '<iframe src="https://www.youtube.com/embed/x" />', // 7
    '', // 8
    '<object data="/a.swf" />', // 9
    '', // 10
    '<embed src="/a.swf" />', // 11
    '', // 12
    '<em onClick="alert(1)">x</em>', // 13
    '', // 14
    'import X from "./x.js"', // 15
    '', // 16
    '{fetch("/x")}', // 17
    '', // 18
    '<Hotline {...props} />', // 19
    '', // 20
    '<StatFigure id={window.x} />', // 21
  ].join('\n');
  assert.deepEqual(lines(mdx), [3, 5, 7, 9, 11, 13, 15, 17, 19, 21]);
  const problems = check(mdx).map((p) => p.message);
  assert.match(problems[0]!, /<script> is not allowed/);
  assert.match(problems[2]!, /<iframe> is not allowed: .*Link to the page instead/);
  assert.match(problems[5]!, /onClick= .*runs JavaScript/);
  assert.match(problems[6]!, /import\/export statements are not allowed/);
  assert.match(problems[7]!, /is JavaScript and is not allowed/);
});

test('unknown elements are refused: lowercase components, and anything not on the list', () => {
  const [lower] = check('<hotline />');
  assert.match(lower!.message, /<hotline> .*write <Hotline \/>/);
  assert.match(check('<Hotlines />')[0]!.message, /not one of the site's content components/);
  assert.match(check('<marquee>hi</marquee>')[0]!.message, /not an element content may use/);
  assert.match(check('<span class="btn btn-exit">Exit</span>')[0]!.message, /attribute class is not allowed on <span>/);
  assert.match(check('<a href="/" style="color:red">x</a>')[0]!.message, /attribute style is not allowed/);
});

test("Markdown, the site's components and harmless HTML pass", () => {
  const fine = [
    '## A heading',
    '',
    'Text with *emphasis*, **strong**, `code`, a [link](/blog/), [another](https://www.stopthetraffik.org/) and [a fragment](#top).',
    '',
    '<Hotline />',
    '',
    '<StatFigure id="ilo-2012" charts={false} />',
    '',
    ...mdxComponentNames.map((name) => `<${name} />`),
    '',
    'Spanish: <span lang="es">trata de personas</span>, <abbr title="National Human Trafficking Hotline">NHTH</abbr>, <time datetime="2026-11-26">today</time>.',
    '',
    '{/* A note to other editors. */}',
    '',
    '> A quotation',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
    '',
    '![A picture of this site](../../images/posts/x.jpg)',
  ].join('\n');
  assert.deepEqual(check(fine), []);
});

test('raw HTML in a Markdown file is held to the same list', () => {
  const md = [
    'Some *Markdown* with <em lang="es">hola</em>.',
    '',
    '<div>',
    '<script>alert(1)</script>',
    '</div>',
    '',
    '<a href="javascript:alert(1)" onmouseover="x()">hover</a>',
    '',
    '<img src="https://tracker.example.com/p.gif" alt="x">',
  ].join('\n');
  const problems = check(md, 'md');
  assert.deepEqual(
    problems.map((p) => p.line),
    [4, 7, 7, 9],
  );
  assert.match(problems[0]!.message, /<script> is not allowed/);
  assert.match(problems[1]!.message, /javascript:/);
  assert.match(problems[2]!.message, /onmouseover=/);
  assert.match(problems[3]!.message, /not a file of this site/);
  assert.deepEqual(check('Fine <em>HTML</em> and <abbr title="x">y</abbr>.\n\n<!-- a comment -->\n', 'md'), []);
});

test('links go only to this site or to https:// addresses; media only to this site', () => {
  for (const ok of ['/blog/', '../signs/', '#top', '?x=1', 'https://humantraffickinghotline.org/', `${SITE}/blog/`]) {
    assert.equal(linkProblem(ok), undefined, ok);
  }
  for (const bad of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,x',
    'http://example.com/',
    '//evil.example/',
    '\\\\evil.example',
    'mailto:a@b.c',
    'vbscript:x',
    'https://user:pw@example.com/',
  ]) {
    assert.ok(linkProblem(bad), bad);
  }
  assert.match(linkProblem('tel:+18883737889')!, /dials or texts a number/);
  assert.match(linkProblem('sms:233733')!, /dials or texts a number/);
  assert.equal(mediaProblem('../../images/posts/x.jpg', SITE), undefined);
  assert.equal(mediaProblem(`${SITE}/og-default.png`, SITE), undefined);
  assert.ok(mediaProblem('https://cdn.example.com/x.png', SITE));
  assert.ok(mediaProblem('//cdn.example.com/x.png', SITE));
  assert.ok(mediaProblem('data:image/png;base64,xx', SITE));
});

test('phone numbers are found in text, however they are written', () => {
  for (const phone of [
    '1-888-373-7889',
    '+1 (888) 373-7888',
    '(888) 373-7888',
    '888.373.7888',
    '18883737889',
    '0800 432 0804',
    '08000 121 700',
    '+44 800 432 0804',
    '555-0100',
  ]) {
    assert.ok(isPhoneShaped(phone), phone);
  }
  const found = phoneProblems('Call 1-888-373-7889, or text HELP to 233733, or tel:911.');
  assert.deepEqual(
    found.map((f) => f.match),
    ['1-888-373-7889', '233733', 'tel:'],
  );
  assert.match(found[1]!.message, /text number typed by hand/);
  // Split by emphasis, a number is still a number.
  assert.equal(lines('Call 1-888-**373**-7889 today.').length, 1);
  // A phone link without a digit, and a known number without a colon, are each found.
  assert.deepEqual(
    phoneProblems('Use tel: or SMS: links.').map((f) => f.match),
    ['tel:', 'SMS:'],
  );
  assert.deepEqual(
    phoneProblems('Text HELP to 233733 now').map((f) => f.match),
    ['233733'],
  );
});

test('figures, years, dates and references are not phone numbers', () => {
  const text = [
    'In 2018 the line took 418 reports; 27.6 million people (27,600,000 or 27 600 000 or 27.600.000) were in forced labour in 2021.',
    'Between 2018-2022 and 1990 2000 2010; on 2026-11-26 or 26.11.2026 or 11/26/2026; 24/7, 1 in 5, 68%.',
    'ISBN 978-92-2-037331-6, ISBN 0-19-852663-6, 9789220373316; open 9.30-17.30; ZIP 95202; $1,250,000.',
  ].join('\n\n');
  assert.deepEqual(check(text), []);
  for (const figure of [
    '27 600 000',
    '27.600.000',
    '2018-2022',
    '2026-11-26',
    '978-92-2-037331-6',
    '9789220373316',
    '9.30-17.30',
  ]) {
    assert.equal(isPhoneShaped(figure), false, figure);
  }
});

test('frontmatter: impossible dates, remote pictures, links and numbers name the line and field', () => {
  const yaml = [
    'title: "A post"', // 2
    'published: 2026-13-45', // 3
    'updated: 2026-02-30', // 4
    'hero:', // 5
    '  image: https://images.example.com/photo.jpg', // 6
    '  alt: A photo', // 7
    'source:', // 8
    '  name: Someone', // 9
    '  url: javascript:alert(1)', // 10
    'description: Call 1-888-373-7889 for help.', // 11
  ].join('\n');
  const problems = checkFrontmatter(yaml, 2);
  assert.deepEqual(
    problems.map((p) => p.line),
    [3, 4, 6, 10, 11],
  );
  assert.match(problems[0]!.message, /^published: "2026-13-45" has no month 13/);
  assert.match(problems[1]!.message, /^updated: "2026-02-30" is not a real date/);
  assert.match(problems[2]!.message, /^hero\.image "https:\/\/images\.example\.com\/photo\.jpg" is on another website/);
  assert.match(problems[3]!.message, /^source\.url: .*javascript/);
  assert.match(problems[4]!.message, /^description: "1-888-373-7889" looks like a phone number/);
  assert.deepEqual(checkFrontmatter('published: 2026-11-26\nsource:\n  url: https://www.ilo.org/\n', 2), []);
});

test('frontmatter fields are named by their dotted path, at any depth', () => {
  const yaml = [
    'title: x',
    'hero:',
    '  image: a.jpg',
    '  credit:',
    '    name: B',
    '  alt: y',
    'tags:',
    '  - one',
    'url: z',
  ];
  assert.deepEqual(
    frontmatterLines(yaml.join('\n'), 2).map(({ line, field, key, value }) => [line, field, key, value]),
    [
      [2, 'title', 'title', 'x'],
      [3, 'hero', 'hero', ''],
      [4, 'hero.image', 'image', 'a.jpg'],
      [5, 'hero.credit', 'credit', ''],
      [6, 'hero.credit.name', 'name', 'B'],
      [7, 'hero.alt', 'alt', 'y'],
      [8, 'tags', 'tags', ''],
      [9, undefined, undefined, 'one'],
      [10, 'url', 'url', 'z'],
    ],
  );
});

test('every file under content/ is checked and named: in year folders, through links, not UTF-8', () => {
  const root = mkdtempSync(join(tmpdir(), 'guard-scan-'));
  try {
    const posts = join(root, 'content/posts/en');
    mkdirSync(join(posts, '2025'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    const post = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;
    writeFileSync(join(posts, '2025/nested.mdx'), post('<iframe />'));
    writeFileSync(join(root, 'elsewhere/linked.mdx'), post('Call 1-888-373-7889.'));
    symlinkSync(join(root, 'elsewhere/linked.mdx'), join(posts, 'linked.mdx'));
    writeFileSync(join(posts, 'latin-1.mdx'), Buffer.from(`${post('Fine.')}Informaci\xf3n\n`, 'latin1'));
    writeFileSync(join(posts, 'fine.mdx'), post('Fine.'));
    const problems = scanContent(root, { siteOrigin: SITE, checkCompiled: true }).map(formatProblem);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0]!, /^content\/posts\/en\/2025\/nested\.mdx:5: <iframe> is not allowed/);
    assert.match(problems[1]!, /^content\/posts\/en\/latin-1\.mdx:6: the file is not saved as UTF-8 text \(byte 0xF3/);
    assert.match(problems[2]!, /^content\/posts\/en\/linked\.mdx:5: "1-888-373-7889" looks like a phone number/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('placeholder text of npm run new:post stops a published post, not a draft', () => {
  const post = (draft: boolean) =>
    `---\ntitle: x\n${draft ? 'draft: true\n' : ''}description: Replace this with a one-sentence summary of the post.\n---\n\nWrite the post here. State only facts.\n`;
  assert.deepEqual(lines(post(false)), [3, 6]);
  assert.match(check(post(false))[0]!.message, /placeholder text of npm run new:post/);
  assert.deepEqual(check(post(true)), []);
});

test("the plugin stops Astro's own MDX and Markdown compilers, naming the file and line", async () => {
  const plugin = contentGuardPlugin({ siteOrigin: SITE, root: '/project' });
  const fileURL = new URL('file:///project/content/posts/en/bad.mdx');
  await assert.rejects(
    async () => mdxToJs('# Title\n\n<script>{`x()`}</script>\n', { mdastPlugins: [plugin], fileURL }),
    /content\/posts\/en\/bad\.mdx:3: <script> is not allowed/,
  );
  await assert.rejects(
    async () =>
      markdownToHtml('Text\n\n<iframe src="https://e.com"></iframe>\n', {
        mdastPlugins: [plugin],
        fileURL: new URL('file:///project/content/posts/en/bad.md'),
      }),
    /content\/posts\/en\/bad\.md:3: <iframe> is not allowed/,
  );
  const { code } = await mdxToJs('# Title\n\n<Hotline />\n', { mdastPlugins: [plugin], fileURL });
  assert.match(code, /Hotline/);
});

test('the components the guard allows are exactly the ones content gets', () => {
  const index = readFileSync(new URL('../../src/components/mdx/index.ts', import.meta.url), 'utf8');
  const exported = /export const mdxComponents = \{([^}]*)\}/
    .exec(index)![1]!
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  assert.deepEqual(exported.sort(), [...mdxComponentNames].sort());
});
