/**
 * HTML of page parts that are the same on many pages (the footer of one language and help
 * region, say), kept for the rest of the build so that each is rendered once, not once a page.
 * Used through src/components/RenderOnce.astro, whose `per` names everything the part depends
 * on. Nothing is kept outside a production build: `astro dev` renders every part afresh.
 */
import { settledCache } from './now-or-later.ts';

export type PartKey = Readonly<Record<string, string | number | boolean | undefined>>;

/** One string for a part's name and the values it depends on (in the order given). */
export function partKey(name: string, per: PartKey): string {
  let key = name;
  for (const [field, value] of Object.entries(per)) key += `\u0000${field}=${String(value)}`;
  return key;
}

export interface PartCache {
  /**
   * The part's HTML: kept from an earlier page (as a string, so the page goes on rendering
   * without waiting), or rendered now and kept.
   */
  get(key: string, render: () => Promise<string>): string | Promise<string>;
}

export function partCache(keep: boolean): PartCache {
  // A part that failed is not kept: it is rendered again next time (and fails there too, naming its page).
  const kept = settledCache<string>();
  return { get: (key, render) => (keep ? kept(key, render) : render()) };
}

/** The build's parts (kept only in a production build; `import.meta.env` is Vite's, absent in unit tests). */
export const renderedParts = partCache(import.meta.env?.PROD === true);
