/**
 * The content guard inside Astro's Markdown and MDX pipeline (Sätteri mdast
 * plugin, wired in astro.config.mjs): every file is checked on the very tree
 * Astro compiles, so nothing the allowlist refuses can reach a page, even in
 * `npm run dev` after the start-up check (scan.ts) has run.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { checkTree, type TreeNode } from './check-tree.ts';

export function contentGuardPlugin(options: { siteOrigin: string; root: string }): MdastPluginDefinition {
  return {
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
}
