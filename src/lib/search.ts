/**
 * Pure helpers for the search page (no DOM, so unit tests can run them).
 * The page script (src/scripts/search-page.ts) uses Pagefind's JS API; these
 * turn its answers into safe, ordered, localized pieces. Nothing here reads or
 * writes the address: typed words never leave the page (issue 9 §2).
 */
import { decodeEntities } from './html-entities.ts';

/** The page types BaseLayout's `searchType` writes as `data-pagefind-filter="type:…"`, in display order. */
export const SEARCH_TYPES = ['campaign', 'post', 'sign', 'statistic', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export function isSearchType(value: string): value is SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(value);
}

/** How many results the page shows at once ("Show more" adds as many again). */
export const PAGE_SIZE = 10;

/** Results whose fragments are loaded first; the rest of the page follows once they are shown. */
export const FIRST_BATCH = 5;

/** Pause in typing (ms) after which the results follow what is in the box. */
export const TYPING_DEBOUNCE_MS = 60;

/**
 * Pause (ms) after the results last changed before the count is written to the
 * polite live region, so a screen reader says it once when typing stops, not
 * after every letter. Enter announces at once.
 */
export const ANNOUNCE_DELAY_MS = 700;

/** Give up on loading Pagefind (and say search is unavailable) after this long (ms). */
export const LOAD_TIMEOUT_MS = 15_000;

/** The words to search for: white space collapsed and trimmed. */
export function normalizeQuery(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Pagefind filter option for the chosen types: a page matches if it has ANY
 * of them. No type chosen means no filter (every type).
 */
export function typeFilter(types: readonly string[]): Record<string, { any: string[] }> | undefined {
  return types.length ? { type: { any: [...types] } } : undefined;
}

/**
 * The type filter values Pagefind knows about (`pagefind.filters()`), known
 * types first in their usual order, then any others alphabetically, so types
 * added later (by new page kinds) appear without code changes.
 */
export function orderedTypes(available: Record<string, number> | undefined): { value: string; count: number }[] {
  const entries = Object.entries(available ?? {});
  const rank = (v: string) => (isSearchType(v) ? SEARCH_TYPES.indexOf(v) : SEARCH_TYPES.length);
  return entries
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([value, count]) => ({ value, count }));
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Split a Pagefind excerpt (HTML-escaped text with `<mark>` around the
 * matches) into plain-text parts the page inserts as text nodes and `<mark>`
 * elements: no HTML from the index ever reaches `innerHTML`. Any other tag is
 * dropped.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?[a-z][^>]*>)/i)) {
    if (!piece) continue;
    const tag = /^<(\/?)([a-z][a-z0-9]*)\b[^>]*>$/i.exec(piece);
    if (tag) {
      if (tag[2]!.toLowerCase() === 'mark') mark = tag[1] !== '/';
      continue;
    }
    const text = decodeEntities(piece);
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** Which summary string to announce for a number of results. */
export function summaryKey(count: number): 'none' | 'one' | 'many' {
  return count === 0 ? 'none' : count === 1 ? 'one' : 'many';
}

/** The summary for a search: the right template with `{count}` and `{query}` filled in. */
export function summaryText(templates: Record<'none' | 'one' | 'many', string>, count: number, query: string): string {
  // Replacer functions: words such as `$&` in the query are inserted as typed.
  return templates[summaryKey(count)].replace('{count}', () => String(count)).replace('{query}', () => query);
}
