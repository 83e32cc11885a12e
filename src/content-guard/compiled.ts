/**
 * The check of the tree Astro compiles, done once before the build.
 *
 * Astro does not compile a content file's text as it is: MDX gets its text with
 * the frontmatter blanked out (spaces, line breaks kept), Markdown gets the body
 * after the frontmatter, trimmed; and both are parsed with smart punctuation on
 * ("--" becomes "–", "..." becomes "…"), which the check in scan.ts does not use.
 * So scan.ts also parses what Astro will compile, with the same features
 * (`MARKDOWN_FEATURES`, which astro.config.mjs gives the Sätteri processor), and
 * checks that tree. The plugin (plugin.ts) then leaves out only a text it is
 * handed that is, character for character, one already found clean this way: the
 * same text parsed with the same features is the same tree, and the check of a
 * tree depends on nothing else but the site's origin. Any other text (a file
 * edited while `npm run dev` runs, a file outside content/, text Astro prepares
 * differently from `compiledSource`) is checked by the plugin as before.
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
      content = `${text.slice(0, at)}   ${raw.replace(/[^\r\n]/g, ' ')}   ${text.slice(at + block.length)}`;
    }
  }
  if (format === 'markdown') content = content.trim();
  return content.startsWith('\uFEFF') ? content.slice(1) : content;
}

/** Problems in the tree Astro compiles from `source`, parsed exactly as the plugin receives it. */
export function checkCompiledSource(source: string, format: SourceFormat, siteOrigin: string): Problem[] {
  const parse = format === 'mdx' ? mdxToMdast : markdownToMdast;
  return checkTree(parse(source, { features: MARKDOWN_FEATURES, position: true }) as TreeNode, { siteOrigin });
}

/** Texts found clean by checkCompiledSource, per site origin and format. */
const clean = new Map<string, Set<string>>();
const key = (siteOrigin: string, format: SourceFormat) => `${format} ${siteOrigin}`;

export function rememberClean(source: string, format: SourceFormat, siteOrigin: string) {
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
