import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHash, headersFile, inlineScripts, securityHeaders } from '../lib/csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

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
        for (const file of await htmlFiles(out)) {
          for (const script of inlineScripts(await readFile(file, 'utf8'))) hashes.add(cspHash(script));
        }
        await writeFile(join(out, '_headers'), headersFile(securityHeaders(hashes)));
        logger.info(`wrote _headers (${hashes.size} inline script hash${hashes.size === 1 ? '' : 'es'})`);
      },
    },
  };
}
