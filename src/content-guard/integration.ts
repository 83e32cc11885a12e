/**
 * Checks every content file when Astro starts (build, sync, check, dev) and
 * stops with every problem listed, each naming its file and line. In
 * `npm run dev` the problems are printed instead, and the page with the
 * problem shows the error (plugin.ts) so the other pages can still be previewed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem, scanContent } from './scan.ts';

export default function contentGuard(options: { siteOrigin: string }): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = scanContent(fileURLToPath(config.root), options);
        if (problems.length === 0) return;
        const list = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
        const summary = `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/ (see README, "What the build checks")`;
        if (command === 'dev') {
          logger.error(`${summary}; pages with them will show the error:\n${list}`);
          return;
        }
        throw new Error(`Content guard: ${summary}; nothing was built.\n${list}`);
      },
    },
  };
}
