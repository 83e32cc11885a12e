/**
 * Check every content file before Astro loads any of them, and report every
 * problem at once, each as `content/<path>:<line>: <what is wrong and what to
 * do>`. Run by the content-guard integration at the start of `astro build`,
 * `astro dev`, `astro sync` and `astro check`; the Markdown/MDX plugin
 * (plugin.ts) checks the same things again on the tree Astro compiles.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { checkPageSlug } from '@/lib/paths.ts';
import { placeholderMarkers } from './placeholders.ts';
import { checkTree, type Problem, type TreeNode } from './check-tree.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkCompiledSource, compiledSource, forgetClean, rememberClean } from './compiled.ts';

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

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Where in the file the first byte that is not UTF-8 is, or undefined for a valid UTF-8 file. */
function notUtf8(bytes: Buffer): { line: number; byte: number } | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Find the first bad byte by decoding growing prefixes line by line.
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          const bad = bytes.subarray(start, i).findIndex((b) => b >= 0x80);
          return { line, byte: bytes[start + Math.max(bad, 0)]! };
        }
        start = i + 1;
        line++;
      }
    }
    return { line: 1, byte: bytes[0] ?? 0 };
  }
}

/** The problems of one Markdown or MDX file's text. */
export function checkContentText(text: string, format: 'md' | 'mdx', options: { siteOrigin: string }): Problem[] {
  let tree: TreeNode;
  try {
    tree = (format === 'mdx' ? mdxToMdast(text) : markdownToMdast(text)) as TreeNode;
  } catch (error) {
    const message = (error as Error).message;
    const line = Number(/(?:line |:)(\d+)/.exec(message)?.[1] ?? 1);
    return [{ line, message: `this file cannot be read as ${format === 'mdx' ? 'MDX' : 'Markdown'}: ${message}` }];
  }
  const problems: Problem[] = [];
  const yaml = tree.children?.find((c) => c.type === 'yaml');
  const frontmatter = typeof yaml?.value === 'string' ? yaml.value : '';
  if (yaml) problems.push(...checkFrontmatter(frontmatter, (yaml.position?.start.line ?? 1) + 1));
  problems.push(...checkTree(tree, options));
  // Text left by `npm run new:post` must be replaced before a post is published.
  const draft = /^draft\s*:\s*(true|True|TRUE)\s*(#.*)?$/m.test(frontmatter);
  if (!draft) {
    text.split('\n').forEach((content, i) => {
      const marker = placeholderMarkers.find((m) => content.includes(m));
      if (marker) {
        problems.push({
          line: i + 1,
          message: `still holds the placeholder text of npm run new:post ("${marker}…"). Write the real text here, or put "draft: true" back in the frontmatter until the post is ready.`,
        });
      }
    });
  }
  return problems.sort((a, b) => a.line - b.line);
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
      const file = relative(root, join(dir, path)).split(sep).join('/');
      const parts = path.split(sep);
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
      const text = bytes.toString('utf8');
      const found = checkContentText(text, ext === '.mdx' ? 'mdx' : 'md', options);
      for (const p of found) problems.push({ file, ...p });
      if (options.checkCompiled && found.length === 0) {
        // A problem found here only (smart punctuation) is left to the plugin, which reports it as before.
        const format = ext === '.mdx' ? 'mdx' : 'markdown';
        const source = compiledSource(text, format);
        if (checkCompiledSource(source, format, options.siteOrigin).length === 0)
          rememberClean(source, format, options.siteOrigin);
      }
    }
  }
  return problems;
}
