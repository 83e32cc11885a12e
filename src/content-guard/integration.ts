/**
 * Checks every content file when Astro starts (build, sync, check, dev) and
 * stops with every problem listed, each naming its file and line. In
 * `npm run dev` the problems are printed instead, and the page with the
 * problem shows the error (plugin.ts) so the other pages can still be previewed.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem, scanContent } from './scan.ts';
import { forgetClean, MARKDOWN_FEATURES } from './compiled.ts';
import { isContentGuardPlugin } from './plugin.ts';

/**
 * Does Astro parse Markdown and MDX with exactly the features compiled.ts parses with, and hand
 * the parsed tree to the plugin first, before any other plugin could change it?
 */
function compilesWithGuardFeatures(markdown: AstroConfig['markdown']): boolean {
  const processor = markdown.processor as {
    name: string;
    options: { features?: Record<string, unknown>; mdastPlugins?: unknown[] };
  };
  const features = processor.options.features ?? {};
  return (
    processor.name === 'satteri' &&
    isContentGuardPlugin(processor.options.mdastPlugins?.[0]) &&
    markdown.gfm === undefined &&
    markdown.smartypants === undefined &&
    Object.keys(features).length === Object.keys(MARKDOWN_FEATURES).length &&
    Object.entries(MARKDOWN_FEATURES).every(([name, value]) => features[name] === value)
  );
}

export default function contentGuard(options: { siteOrigin: string }): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = scanContent(fileURLToPath(config.root), {
          ...options,
          checkCompiled: compilesWithGuardFeatures(config.markdown),
        });
        if (problems.length === 0) return;
        const list = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
        const summary = `${problems.length} problem${problems.length === 1 ? '' : 's'} in content/ (see README, "What the build checks")`;
        if (command === 'dev') {
          logger.error(`${summary}; pages with them will show the error:\n${list}`);
          return;
        }
        throw new Error(`Content guard: ${summary}; nothing was built.\n${list}`);
      },
      // Another integration may have changed the features since: then the plugin checks every file.
      'astro:config:done': ({ config }) => {
        if (!compilesWithGuardFeatures(config.markdown)) forgetClean();
      },
    },
  };
}
