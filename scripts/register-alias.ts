/**
 * Lets Node resolve the `@/` import alias (`@/lib/paths.ts` → `src/lib/paths.ts`)
 * the way Astro, Vite, `astro check` and Playwright do from tsconfig.json's
 * `paths`. Node's TypeScript type stripping ignores tsconfig.json, so every npm
 * script that runs project code under plain Node loads this first:
 *
 *   node --import ./scripts/register-alias.ts --test "tests/unit/**\/*.test.ts"
 */
import { registerHooks } from 'node:module';

const src = new URL('../src/', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    return nextResolve(specifier.startsWith('@/') ? src + specifier.slice(2) : specifier, context);
  },
});
