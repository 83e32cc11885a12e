import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '@/lib/built-pages.ts';
import { cspHash, headersFile, inlineScripts, securityHeaders } from '@/lib/csp.ts';

/**
 * After the build, hash every inline script in every page and write
 * `dist/_headers` with a strict Content-Security-Policy and the other security
 * headers. Adding an inline script can therefore never silently break CSP.
 */
export default function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const { file } of builtPages(out)) {
          for (const script of inlineScripts(await readFile(file, 'utf8'))) hashes.add(cspHash(script));
        }
        await writeFile(join(out, '_headers'), headersFile(securityHeaders(hashes)));
        logger.info(`wrote _headers (${hashes.size} inline script hash${hashes.size === 1 ? '' : 'es'})`);
      },
    },
  };
}
