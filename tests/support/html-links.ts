/**
 * A small, dependency-free reader for the links in built HTML, used by the
 * link checker and the page-weight benchmark. Astro's output is regular
 * enough that a tag-and-attribute scanner is reliable here.
 */
import { decodeEntities } from '@/lib/html-entities.ts';

export interface TagRef {
  tag: string;
  attrs: Record<string, string>;
}

/** Every start tag of the given names with its attributes (names lower-cased, values decoded). */
export function findTags(html: string, names: readonly string[]): TagRef[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const re = new RegExp(`<(${names.join('|')})\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
  const found: TagRef[] = [];
  for (const match of withoutComments.matchAll(re)) {
    const attrs: Record<string, string> = {};
    const attrRe = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
    for (const a of (match[2] ?? '').matchAll(attrRe)) {
      attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    found.push({ tag: match[1]!.toLowerCase(), attrs });
  }
  return found;
}

/** The URLs in a `srcset` attribute. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

export interface PageLink {
  /** The URL as written. */
  url: string;
  /** Where it came from, e.g. `a[href]`. */
  from: string;
}

/** Every URL a page links to or loads. */
export function pageLinks(html: string): PageLink[] {
  const links: PageLink[] = [];
  for (const { tag, attrs } of findTags(html, ['a', 'link', 'script', 'img', 'source', 'iframe', 'form', 'meta'])) {
    if (tag === 'meta') {
      const prop = attrs.property ?? attrs.name ?? '';
      if (/^(og:image|og:url|twitter:image)$/.test(prop) && attrs.content)
        links.push({ url: attrs.content, from: `meta[${prop}]` });
      continue;
    }
    for (const attr of ['href', 'src', 'action']) {
      if (attrs[attr] !== undefined) links.push({ url: attrs[attr]!, from: `${tag}[${attr}]` });
    }
    if (attrs.srcset) for (const url of srcsetUrls(attrs.srcset)) links.push({ url, from: `${tag}[srcset]` });
  }
  return links;
}

/** All `id` attributes of a page, for checking `#fragment` links. */
export function pageIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) {
    ids.add(decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''));
  }
  return ids;
}

/** Links that point inside the site: relative URLs, or absolute ones on the site's own origin. */
export function internalPath(url: string, pagePath: string, siteOrigin: string): URL | null {
  if (/^(mailto|tel|sms|javascript|data|blob):/i.test(url)) return null;
  const resolved = new URL(url, new URL(pagePath, siteOrigin));
  if (resolved.origin !== siteOrigin) return null;
  return resolved;
}
