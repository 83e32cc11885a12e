import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildQuickExitScript } from '@/components/quick-exit/build-script.ts';
import { builtPages, forgetBuiltPages, isAdminPath, readBuiltPage } from '@/lib/built-pages.ts';
import { virtualModule } from './virtual-module.ts';
import {
  adminContentSecurityPolicy,
  contentSecurityPolicy,
  cspHash,
  headerRules,
  headersFile,
  inlineHandlers,
  inlineScripts,
} from '@/lib/csp.ts';

/** What pages import: the built quick-exit snippet and the policy for their `<meta http-equiv>`. */
export const SECURITY_MODULE = 'virtual:site-security';

/** Why a built page breaks the policy (an inline script that is not the site's own, an event handler), if it does. */
export function pageViolations(html: string, allowedScripts: ReadonlySet<string>, metaPolicy: string): string[] {
  const problems: string[] = [];
  for (const script of inlineScripts(html)) {
    if (!allowedScripts.has(script))
      problems.push(`an inline script that is not the site's own: ${JSON.stringify(script.trim().slice(0, 80))}`);
  }
  for (const handler of inlineHandlers(html)) problems.push(handler);
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map((m) =>
    m[1]!.replaceAll('&#39;', "'"),
  );
  // Astro's redirect pages (src/config/redirects.ts) are a bare meta refresh with nothing to protect
  // (looked for only when the policy is missing: most pages have it).
  const redirectPage = () => /http-equiv="refresh"/i.test(html) && !/<script/i.test(html);
  if ((metas.length !== 1 || metas[0] !== metaPolicy) && !redirectPage())
    problems.push('no (or a different) <meta http-equiv="Content-Security-Policy"> with the site policy');
  return problems;
}

/**
 * The site's Content-Security-Policy. Its only inline script is the quick-exit
 * snippet, built from src/components/quick-exit/quick-exit.ts when Astro starts;
 * the policy allows exactly that output by its hash, and pages get both from
 * the virtual module `virtual:site-security` (the snippet, and the policy for
 * their `<meta http-equiv>`). After the build every page is checked: any other
 * inline script, event-handler attribute or `javascript:` address fails the
 * build. Then `dist/_headers` is written.
 */
export default function securityHeadersIntegration(): AstroIntegration {
  const quickExitScript = buildQuickExitScript();
  const hashes = [cspHash(quickExitScript)];
  const metaPolicy = contentSecurityPolicy(hashes, { meta: true });
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              virtualModule(
                'site-security',
                SECURITY_MODULE,
                () =>
                  `export const quickExitScript = ${JSON.stringify(quickExitScript)};\nexport const metaContentSecurityPolicy = ${JSON.stringify(metaPolicy)};\n`,
              ),
            ],
          },
        });
      },
      // The pages' texts kept for the steps after the build are this build's only (src/lib/built-pages.ts).
      'astro:build:start': () => forgetBuiltPages(),
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const allowed = new Set([quickExitScript]);
        const adminMetaPolicy = adminContentSecurityPolicy({ meta: true });
        const failures: string[] = [];
        for (const { file, path } of builtPages(out)) {
          // The web editor (src/integrations/admin.ts) has its own policy and no inline script at all.
          const [scripts, policy] = isAdminPath(path) ? [new Set<string>(), adminMetaPolicy] : [allowed, metaPolicy];
          for (const problem of pageViolations(readBuiltPage(file), scripts, policy))
            failures.push(`  ${path}: ${problem}`);
        }
        // The last step that reads the pages.
        forgetBuiltPages();
        if (failures.length) {
          throw new Error(
            `Content-Security-Policy: pages may run only the site's own scripts (the quick-exit snippet), so the build stops:\n${failures.join('\n')}\nRemove the script or handler; a new script belongs in its own file under src/ (see README, "Security and privacy").`,
          );
        }
        const topLevel = (await readdir(out, { withFileTypes: true })).map((e) => ({
          name: e.name,
          directory: e.isDirectory(),
        }));
        await writeFile(join(out, '_headers'), headersFile(headerRules(hashes, topLevel)));
        logger.info(`wrote _headers (policy allows ${hashes.length} inline script, the quick exit)`);
      },
    },
  };
}
