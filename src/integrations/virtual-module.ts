/**
 * A Vite plugin that serves one virtual module (`virtual:…`) whose source an integration writes:
 * how integrations hand what they work out at start-up to pages (src/integrations/security-headers.ts,
 * hero-pictures.ts). With `watch`, `npm run dev` can have the source written again.
 */
import type { Plugin, ViteDevServer } from 'vite';

export function virtualModule(
  name: string,
  id: string,
  source: () => string,
  watch?: (server: ViteDevServer, invalidate: () => void) => void,
): Plugin {
  const resolved = `\0${id}`;
  return {
    name,
    resolveId: (requested: string) => (requested === id ? resolved : undefined),
    load: (requested: string) => (requested === resolved ? source() : undefined),
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
