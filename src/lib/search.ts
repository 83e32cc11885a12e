/**
 * Pure helpers for the search page (no DOM, so unit tests can run them).
 * The page script (src/scripts/search-page.ts) uses Pagefind's JS API;
 * these turn its answers into safe, ordered, localized pieces.
 */
import { decodeEntities } from './html-entities.ts';

/** The page types BaseLayout's `searchType` writes as `data-pagefind-filter="type:…"`, in display order. */
export const SEARCH_TYPES = ['campaign', 'post', 'sign', 'statistic', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export function isSearchType(value: string): value is SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(value);
}

/** How many results the page shows at once. */
export const PAGE_SIZE = 10;

/** What the page was asked for, read from its URL: `?q=words&type=campaign&type=post`. */
export interface SearchRequest {
  query: string;
  types: string[];
}

export function readSearchParams(params: URLSearchParams): SearchRequest {
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  const types = [...new Set(params.getAll('type').map((t) => t.trim()).filter(Boolean))];
  return { query, types };
}

/** The URL query string for a request (empty parts left out), for `history.replaceState`. */
export function searchParamsFor(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  for (const type of request.types) params.append('type', type);
  const s = params.toString();
  return s ? `?${s}` : '';
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
