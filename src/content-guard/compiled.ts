/**
 * The check of the tree Astro compiles, done once before the build.
 *
 * Astro does not compile a content file's text as it is: MDX gets its text with
 * the frontmatter blanked out (spaces, line breaks kept), Markdown gets the body
 * after the frontmatter, trimmed; and both are parsed with smart punctuation on
 * ("--" becomes "–", "..." becomes "…"), which the check in scan.ts does not use.
 * So scan.ts also checks the tree of what Astro will compile, parsed with the
 * same features (`MARKDOWN_FEATURES`, which astro.config.mjs gives the Sätteri
 * processor), unless that text can only give the tree already checked: the file
 * as written, its frontmatter's lines blank, nothing for smart punctuation to
 * rewrite (`compilesAsWritten`; tests/unit/content-guard-compiled.test.ts
 * compares both trees for every content file). The plugin (plugin.ts) then
 * leaves out only a text it is handed that is, character for character, one
 * already found clean this way: the same text parsed with the same features is
 * the same tree, and the check of a tree depends on nothing else but the site's
 * origin. Any other text (a file edited while `npm run dev` runs, a file outside
 * content/, text Astro prepares differently from `compiledSource`) is checked by
 * the plugin as before.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { checkTree, type Problem, type TreeNode } from './check-tree.ts';

/** The Markdown features content is compiled with; MDX inherits them from the processor. */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Sätteri's name for the format. */
export type SourceFormat = 'mdx' | 'markdown';

/** Frontmatter as Astro finds it (@astrojs/internal-helpers/frontmatter): `---`/`+++` fences at the start. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const OPENING_FENCE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/** Every character but line breaks replaced by a space. */
const blanked = (text: string) => text.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));

/**
 * The text Astro hands the Markdown processor for a content file: the file with its frontmatter
 * replaced by spaces (@astrojs/mdx; line breaks kept), and for Markdown that text trimmed (the
 * body of a content entry). Without a leading byte-order mark, as the parser sees it.
 * A wrong guess costs time only: the plugin then checks the file itself.
 */
export function compiledSource(text: string, format: SourceFormat): string {
  const raw = FRONTMATTER.exec(text)?.[1];
  let content = text;
  if (raw !== undefined) {
    const fence = OPENING_FENCE.exec(text)?.[1] === '+++' ? '+++' : '---';
    const block = `${fence}${raw}${fence}`;
    const at = text.indexOf(block);
    if (at >= 0) {
      content = `${text.slice(0, at)}   ${blanked(raw)}   ${text.slice(at + block.length)}`;
    }
  }
  if (format === 'markdown') content = content.trim();
  return content.startsWith('\uFEFF') ? content.slice(1) : content;
}

/**
 * A content file's tree as Sätteri parses it: as written (no `features`), or as Astro compiles it
 * (`MARKDOWN_FEATURES`). `position: false` leaves out where each node is (half the parser's objects).
 */
export const parseTree = (
  text: string,
  mdx: boolean,
  options: { position: boolean; features?: typeof MARKDOWN_FEATURES },
): TreeNode => (mdx ? mdxToMdast : markdownToMdast)(text, options) as TreeNode;

/** The tree Astro compiles from `source`, with or without each node's position. */
const parseAsCompiled = (source: string, format: SourceFormat, position: boolean) =>
  parseTree(source, format === 'mdx', { features: MARKDOWN_FEATURES, position });

/** Problems in the tree Astro compiles from `source`, parsed exactly as the plugin receives it. */
export function checkCompiledSource(source: string, format: SourceFormat, siteOrigin: string): Problem[] {
  return checkTree(parseAsCompiled(source, format, true), { siteOrigin });
}

/**
 * Does checkCompiledSource find nothing? Asked without positions (half the parser's objects): they
 * only place a problem on its line, never decide whether there is one.
 */
export function compilesClean(source: string, format: SourceFormat, siteOrigin: string): boolean {
  return checkTree(parseAsCompiled(source, format, false), { siteOrigin }).length === 0;
}

/** What smart punctuation rewrites: straight quotes, `--` and `---`, `...`. */
const SMART_PUNCTUATION = /['"]|--|\.\.\./;

/**
 * Is the tree Astro compiles from `source` the tree of `text` as written, which the check before the
 * build has read (`frontmatter` is that tree's, undefined without one)? Yes when Astro compiles the
 * text as written, its frontmatter block (`---` lines of their own) left as blank lines and nothing
 * trimmed, and smart punctuation finds nothing to rewrite. That tree then needs no check of its own.
 */
export function compilesAsWritten(text: string, source: string, frontmatter: string | undefined): boolean {
  const block = frontmatter === undefined ? '' : `---\n${frontmatter}\n---`;
  const body = text.slice(block.length);
  return (
    source.length === text.length &&
    text.startsWith(block) &&
    (body === '' || body.startsWith('\n')) &&
    source.endsWith(body) &&
    /^[ \n]*$/.test(source.slice(0, block.length)) &&
    !SMART_PUNCTUATION.test(body)
  );
}

/**
 * After the check of `text` as written found nothing in `checked` (its tree), remember the text Astro
 * compiles from it as clean if it is, checking that text only when its tree can differ.
 */
export function rememberIfClean(text: string, checked: TreeNode, format: SourceFormat, siteOrigin: string) {
  const source = compiledSource(text, format);
  const yaml = checked.children?.find((c) => c.type === 'yaml');
  const frontmatter = typeof yaml?.value === 'string' ? yaml.value : undefined;
  if (compilesAsWritten(text, source, frontmatter) || compilesClean(source, format, siteOrigin))
    rememberClean(source, format, siteOrigin);
}

/** Texts found clean by checkCompiledSource, per site origin and format. */
const clean = new Map<string, Set<string>>();
const key = (siteOrigin: string, format: SourceFormat) => `${format} ${siteOrigin}`;

function rememberClean(source: string, format: SourceFormat, siteOrigin: string) {
  const k = key(siteOrigin, format);
  let set = clean.get(k);
  if (!set) clean.set(k, (set = new Set()));
  set.add(source);
}

export function isKnownClean(source: string, format: SourceFormat, siteOrigin: string): boolean {
  return clean.get(key(siteOrigin, format))?.has(source) ?? false;
}

/** Forget every text (a new scan starts from nothing). */
export function forgetClean() {
  clean.clear();
}
