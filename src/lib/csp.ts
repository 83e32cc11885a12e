import { createHash } from 'node:crypto';
import { escapeRegExp } from './regexp.ts';

/** CSP source expression for an inline script or style body. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Script types a browser never runs (data blocks). Any other type counts as code, so nothing slips through as "unknown". */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/** Bodies of the inline scripts a page would execute (JSON-LD data blocks excluded). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  for (const match of html.matchAll(re)) {
    const attrs = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
    if (DATA_TYPES.has(type)) continue;
    if (body.trim() === '') continue;
    found.push(body);
  }
  return found;
}

/** Options of the policy: `wasm` for Pagefind's worker, `meta` for the `<meta http-equiv>` copy in each page. */
export interface PolicyOptions {
  /**
   * Allow WebAssembly to be compiled ('wasm-unsafe-eval'; it does not allow eval()).
   * Only Pagefind's files under /pagefind/ get it: the search runs its WebAssembly
   * in a worker loaded from there, and a worker obeys its own response's policy.
   */
  wasm?: boolean;
  /**
   * The copy for `<meta http-equiv="Content-Security-Policy">`, for hosts that cannot send
   * headers: browsers ignore frame-ancestors, report-uri and sandbox there, so it leaves them out.
   */
  meta?: boolean;
}

/** Directives a `<meta http-equiv>` policy may not carry. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** A policy's text from its directives; the `<meta>` copy leaves out what a meta policy cannot carry. */
function policyText(directives: [string, string[]][], meta: boolean): string {
  return directives
    .filter(([name]) => !meta || !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * The Content-Security-Policy, given the hashes of the site's own inline scripts
 * (the quick-exit snippet, hashed from its built source: see src/integrations/security-headers.ts).
 */
export function contentSecurityPolicy(
  scriptHashes: Iterable<string>,
  { wasm = false, meta = false }: PolicyOptions = {},
): string {
  const hashes = [...new Set(scriptHashes)].sort();
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...hashes]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
  ];
  return policyText(directives, meta);
}

/** Headers every response gets, whatever the file (the policy is set per path: see headerRules). */
export function securityHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  };
}

/**
 * Every page and file keeps other sites' windows out of its browsing context group. Only the web
 * editor at /admin/ lets the sign-in window it opens (the GitHub OAuth helper) answer it.
 */
const OPENER_POLICY = { 'Cross-Origin-Opener-Policy': 'same-origin' };
const ADMIN_OPENER_POLICY = { 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups' };

/** The folder of the web editor (src/integrations/admin.ts): its own policy, nothing else changes. */
export const ADMIN_DIR = 'admin';

/** The git host's API the web editor talks to (GitHub's REST and GraphQL APIs). */
export const ADMIN_API_ORIGIN = 'https://api.github.com';
/** GitHub's status page, which the editor asks when GitHub does not answer. */
export const ADMIN_STATUS_ORIGIN = 'https://www.githubstatus.com';
/** Where GitHub serves the signed-in user's picture, shown by the editor. */
export const ADMIN_AVATAR_ORIGIN = 'https://avatars.githubusercontent.com';

/**
 * The web editor's Content-Security-Policy: still no script from anywhere but this site, but the
 * editor (Sveltia CMS) styles its elements inline, shows pictures it reads as blob: URLs, and
 * reads and commits through GitHub's API. Public pages never get it.
 */
export function adminContentSecurityPolicy({ meta = false }: Pick<PolicyOptions, 'meta'> = {}): string {
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ADMIN_AVATAR_ORIGIN]],
    ['media-src', ["'self'", 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", 'blob:', 'data:', ADMIN_API_ORIGIN, ADMIN_STATUS_ORIGIN]],
    ['worker-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['object-src', ["'none'"]],
  ];
  return policyText(directives, meta);
}

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Files that configure the host and are not served. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** The folder Pagefind writes its search files (and its worker) to. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * The rules of `_headers`. Hosts combine the rules that match a path in different
 * ways (Cloudflare Pages sends both values, so both policies apply; Netlify keeps
 * the last), so no two rules that match one path set the same header: the common
 * headers go on `/*`, and the policy on one rule per top-level file or folder of
 * the build (`topLevel`): Pagefind's folder gets the policy with 'wasm-unsafe-eval',
 * the web editor's folder (ADMIN_DIR) its own policy, everything else the page policy without
 * 'wasm-unsafe-eval'. The opener policy travels with the Content-Security-Policy for the same reason.
 */
export function headerRules(
  scriptHashes: Iterable<string>,
  topLevel: { name: string; directory: boolean }[],
): HeaderRule[] {
  const hashes = [...scriptHashes];
  const pagePolicy = { 'Content-Security-Policy': contentSecurityPolicy(hashes), ...OPENER_POLICY };
  const rules: HeaderRule[] = [
    { pattern: '/*', headers: securityHeaders() },
    {
      pattern: `/${PAGEFIND_DIR}/*`,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(hashes, { wasm: true }), ...OPENER_POLICY },
    },
    { pattern: '/', headers: pagePolicy },
  ];
  for (const { name, directory } of [...topLevel].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === PAGEFIND_DIR || HOST_FILES.has(name)) continue;
    const headers =
      name === ADMIN_DIR && directory
        ? { 'Content-Security-Policy': adminContentSecurityPolicy(), ...ADMIN_OPENER_POLICY, 'X-Robots-Tag': 'noindex' }
        : pagePolicy;
    rules.push({ pattern: directory ? `/${name}/*` : `/${name}`, headers });
  }
  return rules;
}

/** The `_headers` file understood by Netlify, Cloudflare Pages and similar hosts. */
export function headersFile(rules: HeaderRule[]): string {
  return (
    rules
      .map(({ pattern, headers }) => [pattern, ...Object.entries(headers).map(([n, v]) => `  ${n}: ${v}`)].join('\n'))
      .join('\n') + '\n'
  );
}

/** Event-handler attributes (`onclick=`) and `javascript:` addresses in a page: inline code the policy must never need. */
export function inlineHandlers(html: string): string[] {
  // Most pages have neither anywhere in their text: then no tag can have one (a quick look first).
  if (!/\son[a-z]+\s*=|javascript:/i.test(html)) return [];
  const found: string[] = [];
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    for (const m of tag.matchAll(/\s(on[a-z]+)\s*=/gi)) found.push(`${m[1]}= in ${tag.slice(0, 60)}`);
    if (/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag))
      found.push(`javascript: address in ${tag.slice(0, 60)}`);
  }
  return found;
}

/** Parse a `_headers` file back (used by the local server, so it serves exactly what hosts get). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const sep = line.indexOf(':');
    if (!rule || sep < 0) throw new Error(`Malformed _headers line: ${line}`);
    rule.headers[line.slice(0, sep).trim()] = line.slice(sep + 1).trim();
  }
  return rules;
}

/** Does a `_headers` path pattern (with `*` wildcards) match a request path? */
export function matchesPattern(pattern: string, path: string): boolean {
  return new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(path);
}
