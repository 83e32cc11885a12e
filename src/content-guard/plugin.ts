/**
 * The content guard inside Astro's Markdown and MDX pipeline (Sätteri mdast
 * plugin, wired in astro.config.mjs): every file is checked on the very tree
 * Astro compiles, so nothing the allowlist refuses can reach a page, even in
 * `npm run dev` after the start-up check (scan.ts) has run. A text that check
 * already found clean exactly as Astro compiles it (compiled.ts) is not walked
 * again: the plugin leaves itself out of that file's pipeline.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import { checkTree, type TreeNode } from './check-tree.ts';
import { isKnownClean } from './compiled.ts';

export function contentGuardPlugin(options: { siteOrigin: string; root: string }): MdastPluginEntry {
  const plugin: MdastPluginDefinition = {
    name: 'content-guard',
    options: { position: true },
    before(root, ctx) {
      const problems = checkTree(root as unknown as TreeNode, { siteOrigin: options.siteOrigin });
      if (problems.length === 0) return;
      const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'a content file';
      const file = ctx.fileURL ? relative(options.root, path).split(sep).join('/') : path;
      throw new Error(
        `Content guard: ${file} cannot be published:\n${problems.map((p) => `  ${file}:${p.line}: ${p.message}`).join('\n')}`,
      );
    },
  };
  // Sätteri calls this for each file before parsing it; null leaves the plugin out for that file.
  const entry: MdastPluginEntry = (file) =>
    isKnownClean(file.source, file.sourceFormat, options.siteOrigin) ? null : plugin;
  entries.add(entry);
  return entry;
}

const entries = new WeakSet<object>();

/** Is this entry of a processor's plugin list the content guard? */
export function isContentGuardPlugin(entry: unknown): boolean {
  return typeof entry === 'function' && entries.has(entry);
}
