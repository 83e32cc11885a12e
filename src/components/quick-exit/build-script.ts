/**
 * Builds the quick-exit script (quick-exit.ts) into the small inline snippet
 * every page carries: bundled with its constants, minified by esbuild, as an
 * immediately run function that leaks no globals. The Content-Security-Policy
 * hash is computed from exactly this output (src/integrations/security-headers.ts).
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const QUICK_EXIT_SOURCE = fileURLToPath(new URL('./quick-exit.ts', import.meta.url));

export function buildQuickExitScript(): string {
  const result = buildSync({
    entryPoints: [QUICK_EXIT_SOURCE],
    bundle: true,
    minify: true,
    format: 'iife',
    // Old phones keep working: no syntax newer than the browsers the site supports.
    target: ['es2017'],
    write: false,
    charset: 'utf8',
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text.trim();
}
