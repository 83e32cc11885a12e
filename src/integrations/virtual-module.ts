/**
 * A Vite plugin that serves one virtual module (`virtual:…`) whose source an integration writes:
 * how integrations hand what they work out at start-up to pages (src/integrations/security-headers.ts,
 * hero-pictures.ts). With `watch`, `npm run dev` can have the source written again.
 *
 * Its hooks carry filters, so the bundler calls them for this module's id only, not for every
 * import of every module of the build (some 40,000 calls at 1,000 posts per language, each a
 * crossing from Rolldown into JavaScript).
 */
import type { Plugin, ViteDevServer } from 'vite';
import { escapeRegExp } from '../lib/regexp.ts';

/** A pattern matching `text` exactly. */
const exactly = (text: string) => new RegExp(`^${escapeRegExp(text)}$`);

export function virtualModule(
  name: string,
  id: string,
  source: () => string,
  watch?: (server: ViteDevServer, invalidate: () => void) => void,
): Plugin {
  const resolved = `\0${id}`;
  return {
    name,
    resolveId: { filter: { id: exactly(id) }, handler: () => resolved },
    load: { filter: { id: exactly(resolved) }, handler: () => source() },
    configureServer(server) {
      watch?.(server, () => {
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(resolved);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      });
    },
  };
}
