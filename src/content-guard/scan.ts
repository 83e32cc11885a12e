/**
 * Check every content file before Astro loads any of them, and report every
 * problem at once, each as `content/<path>:<line>: <what is wrong and what to
 * do>`. Run by the content-guard integration at the start of `astro build`,
 * `astro dev`, `astro sync` and `astro check`; the Markdown/MDX plugin
 * (plugin.ts) checks the same things again on the tree Astro compiles.
 */
import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { basename, extname, join, relative, sep } from 'node:path';
import { checkPageSlug } from '@/lib/paths.ts';
import { placeholderMarkers } from './placeholders.ts';
import { checkTree, type Problem, type TreeNode } from './check-tree.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { forgetClean, parseTree, rememberIfClean } from './compiled.ts';

/** Folders of `content/` that are not collections. */
const NOT_COLLECTIONS = new Set(['images']);
/** Files that may sit next to content without being published. */
const ASSET_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);

export interface ContentProblem extends Omit<Problem, 'line'> {
  /** Path from the project folder, with forward slashes: `content/posts/en/x.mdx`. */
  file: string;
  /** The line, for problems at one place in the file (not for its name or extension). */
  line?: number;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`;
}

/** A file, or a link to one (its entry says "link": only following it tells). */
const isFile = (entry: Dirent) =>
  entry.isFile() || (entry.isSymbolicLink() && statSync(join(entry.parentPath, entry.name)).isFile());

/** Paths of the files under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  const relativeTo = new Map<string, string>([[dir, '']]); // each folder's path from `dir`, with a separator
  const folder = (path: string) => {
    let relativePath = relativeTo.get(path);
    if (relativePath === undefined) relativeTo.set(path, (relativePath = relative(dir, path) + sep));
    return relativePath;
  };
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(isFile)
    .map((entry) => folder(entry.parentPath) + entry.name)
    .sort();
}

/** Where in the file the first byte that is not UTF-8 is, or undefined for a valid UTF-8 file. */
function notUtf8(bytes: Buffer): { line: number; byte: number } | undefined {
  if (isUtf8(bytes)) return undefined;
  // Find the first bad byte by checking the file line by line.
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (!isUtf8(bytes.subarray(start, i))) {
        const bad = bytes.subarray(start, i).findIndex((b) => b >= 0x80);
        return { line, byte: bytes[start + Math.max(bad, 0)]! };
      }
      start = i + 1;
      line++;
    }
  }
  return { line: 1, byte: bytes[0] ?? 0 };
}

type Format = 'md' | 'mdx';

/** The file's tree as written, with or without each node's position. */
const parse = (text: string, format: Format, position: boolean) => parseTree(text, format === 'mdx', { position });

/** Text left by `npm run new:post`, which must be replaced before a post is published: one problem a line. */
function placeholderProblems(text: string): Problem[] {
  if (!placeholderMarkers.some((m) => text.includes(m))) return []; // most files: no need to split lines
  const problems: Problem[] = [];
  text.split('\n').forEach((content, i) => {
    const marker = placeholderMarkers.find((m) => content.includes(m));
    if (marker) {
      problems.push({
        line: i + 1,
        message: `still holds the placeholder text of npm run new:post ("${marker}…"). Write the real text here, or put "draft: true" back in the frontmatter until the post is ready.`,
      });
    }
  });
  return problems;
}

/** The problems in a parsed file, at the lines its tree's positions give (unsorted). */
function treeProblems(tree: TreeNode, text: string, options: { siteOrigin: string }): Problem[] {
  const problems: Problem[] = [];
  const yaml = tree.children?.find((c) => c.type === 'yaml');
  const frontmatter = typeof yaml?.value === 'string' ? yaml.value : '';
  if (yaml) problems.push(...checkFrontmatter(frontmatter, (yaml.position?.start.line ?? 1) + 1));
  problems.push(...checkTree(tree, options));
  const draft = /^draft\s*:\s*(true|True|TRUE)\s*(#.*)?$/m.test(frontmatter);
  if (!draft) problems.push(...placeholderProblems(text));
  return problems;
}

/**
 * The file's tree when it has no problems, else undefined. Positions only place a problem on its
 * line, never decide whether there is one, so this tree is parsed without them.
 */
function cleanTree(text: string, format: Format, options: { siteOrigin: string }): TreeNode | undefined {
  let tree: TreeNode;
  try {
    tree = parse(text, format, false);
  } catch {
    return undefined; // reported by problemsAtLines
  }
  return treeProblems(tree, text, options).length === 0 ? tree : undefined;
}

/** The problems of a file with some, in line order: it is parsed again, with positions. */
function problemsAtLines(text: string, format: Format, options: { siteOrigin: string }): Problem[] {
  let tree: TreeNode;
  try {
    tree = parse(text, format, true);
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/(?:line |:)(\d+)/.exec(message)?.[1] ?? 1);
    return [{ line, message: `this file cannot be read as ${format === 'mdx' ? 'MDX' : 'Markdown'}: ${message}` }];
  }
  return treeProblems(tree, text, options).sort((a, b) => a.line - b.line);
}

/** The problems of one Markdown or MDX file's text, in line order. */
export function checkContentText(text: string, format: Format, options: { siteOrigin: string }): Problem[] {
  return cleanTree(text, format, options) ? [] : problemsAtLines(text, format, options);
}

/** checkContentText, and with `checkCompiled` a file without problems is checked as Astro will compile it. */
function textProblems(text: string, format: Format, options: { siteOrigin: string; checkCompiled?: boolean }) {
  const tree = cleanTree(text, format, options);
  if (!tree) return problemsAtLines(text, format, options);
  // A problem found only as Astro compiles the file (smart punctuation) is left to the plugin, which reports it as before.
  if (options.checkCompiled) rememberIfClean(text, tree, format === 'mdx' ? 'mdx' : 'markdown', options.siteOrigin);
  return [];
}

/**
 * Check every file under `content/`; an empty list means the content may be built. With
 * `checkCompiled`, a file without problems is also checked as Astro will compile it (compiled.ts);
 * pass it only when Astro compiles with `MARKDOWN_FEATURES` (integration.ts makes sure).
 */
export function scanContent(root: string, options: { siteOrigin: string; checkCompiled?: boolean }): ContentProblem[] {
  if (options.checkCompiled) forgetClean();
  const contentDir = join(root, 'content');
  const problems: ContentProblem[] = [];
  for (const collection of readdirSync(contentDir)) {
    const dir = join(contentDir, collection);
    if (NOT_COLLECTIONS.has(collection) || !statSync(dir).isDirectory()) continue;
    for (const path of filesUnder(dir)) {
      const parts = path.split(sep);
      const file = ['content', collection, ...parts].join('/');
      if (parts.some((p) => p.startsWith('_') || p.startsWith('.'))) continue; // kept out of the site on purpose
      const ext = extname(path).toLowerCase();
      if (ASSET_EXTENSIONS.has(ext)) continue;
      if (ext !== '.md' && ext !== '.mdx') {
        problems.push({
          file,
          message: `only .mdx and .md files are published, so this file would be left out without a word. Rename it to ${basename(path, extname(path))}.mdx, or start its name with _ to keep it out of the site on purpose.`,
        });
        continue;
      }
      if (extname(path) !== ext) {
        problems.push({
          file,
          message: `write the extension in lowercase (${ext}): on some systems this file would be left out.`,
        });
        continue;
      }
      if (collection === 'pages' && parts.length === 2) {
        // The same check the pages collection makes when it loads (src/content.config.ts), listed here with the rest.
        try {
          checkPageSlug(basename(path, ext), file);
        } catch (error) {
          problems.push({ file, message: (error as Error).message.replace(`${file}: `, '') });
        }
      }
      const bytes = readFileSync(join(dir, path));
      const bad = notUtf8(bytes);
      if (bad) {
        problems.push({
          file,
          line: bad.line,
          message: `the file is not saved as UTF-8 text (byte 0x${bad.byte.toString(16).toUpperCase()} on this line is not UTF-8; the file was probably saved as Latin-1 or Windows-1252). Open it in your editor and save it with the encoding "UTF-8".`,
        });
        continue;
      }
      for (const p of textProblems(bytes.toString('utf8'), ext === '.mdx' ? 'mdx' : 'md', options))
        problems.push({ file, ...p });
    }
  }
  return problems;
}
