/**
 * Serves the built site in `dist/` on 127.0.0.1 the way a static host does, so
 * local measurements and the browser tests see what production sends. Used by
 * `npm start`, the browser tests and `npm run bench:search`.
 *
 * - Every response (pages, files, redirects, errors) carries the headers that
 *   `dist/_headers` gives its path; `_headers` and `_redirects` themselves are
 *   not served.
 * - Only GET and HEAD (405 with `Allow` otherwise). A path that cannot be
 *   decoded (`/%`, overlong UTF-8, NUL, backslash) gets 400, never an
 *   exception's text. Redirects (`/blog` → `/blog/`) are built from the
 *   normalised path, so they always stay on this site.
 * - Text types are compressed with Brotli or gzip as the request's
 *   `Accept-Encoding` allows (`Vary: Accept-Encoding`).
 * - `Cache-Control`: a year, immutable, for files whose names carry a content
 *   hash (`/_astro/*`, Pagefind's fragments, indexes, filters and metadata);
 *   `no-cache` (use only after revalidating, with ETag/304) for everything else.
 *
 *   npm run serve -- [--port 4321] [--dir dist]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, posix, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { matchesPattern, parseHeadersFile } from '@/lib/csp.ts';
import { splitLocalePath } from '@/i18n/index.ts';
import { notFoundPath } from '@/lib/paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Content types worth compressing (Pagefind's own files are gzip already; images and fonts are compressed formats). */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

/** Hashed file names: the content never changes under the same name. */
const IMMUTABLE_PATHS = [
  /^\/_astro\//,
  /^\/pagefind\/(fragment|index|filter)\//,
  /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/,
];
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** The Cache-Control a site path gets: immutable for hashed assets, revalidate for pages and everything else. */
export function cacheControlFor(sitePath: string): string {
  return IMMUTABLE_PATHS.some((re) => re.test(sitePath)) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

export type Encoding = 'br' | 'gzip';

/**
 * The encoding to answer with, from an `Accept-Encoding` header: Brotli if acceptable, else
 * gzip, else none. Honours q-values (`gzip;q=0` refuses gzip) and `*`.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const q = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: Encoding) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : undefined;
}

/**
 * The site path a request asks for, decoded and normalised (`..` resolved, repeated slashes
 * collapsed; always starts with a single `/`), or undefined if it cannot be a path on this site.
 */
export function sitePathOf(requestUrl: string): string | undefined {
  let decoded: string;
  try {
    // The URL parser resolves literal and %2e dot segments; decoding may reveal more (%2F).
    decoded = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(decoded)) return undefined;
  const path = posix.normalize(decoded);
  return path.startsWith('/') && !path.startsWith('//') ? path : undefined;
}

/** A site path as a `Location` value: each segment percent-encoded, so it stays one path on this site. */
export function locationFor(sitePath: string): string {
  return sitePath.split('/').map(encodeURIComponent).join('/');
}

/** Host configuration files in the build, never served. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

async function fileInfo(path: string) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      // Quality 5: nearly the size of 11 at a hundredth of the time (measured on pagefind.js).
      params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
};

export async function startServer(options: { dir?: string; port?: number; host?: string } = {}): Promise<Server> {
  const root = resolve(options.dir ?? 'dist');
  const host = options.host ?? '127.0.0.1';
  let rules: ReturnType<typeof parseHeadersFile> = [];
  try {
    rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    console.warn(`No ${join(root, '_headers')} found: serving without security headers.`);
  }
  /** Compressed bodies, by file, modification time and encoding: each is compressed once. */
  const compressed = new Map<string, Promise<Buffer>>();

  /**
   * The `_headers` headers for a response: those of the requested path, completed by those of
   * what is actually sent (the 404 page, a redirect's target), so a path no rule names still
   * gets the full set.
   */
  function headersFor(requested: string | undefined, served: string): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const path of [served, requested]) {
      if (path === undefined) continue;
      for (const rule of rules) if (matchesPattern(rule.pattern, path)) Object.assign(headers, rule.headers);
    }
    return headers;
  }

  function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string>) {
    res.writeHead(status, {
      ...headers,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': CACHE_REVALIDATE,
    });
    res.end(text);
  }

  async function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    status: number,
    headers: Record<string, string>,
    cacheControl: string,
  ) {
    const info = (await fileInfo(file))!;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const compressible = isCompressible(type);
    const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
    const common: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': cacheControl,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      ...(status === 200 ? { ETag: etag } : {}),
      ...headers,
    };
    if (status === 200 && req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      res.writeHead(304, common).end();
      return;
    }
    if (!encoding) {
      res.writeHead(status, { ...common, 'Content-Length': info.size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return;
    }
    const key = `${file}\0${info.mtimeMs}\0${encoding}`;
    let body = compressed.get(key);
    if (!body) {
      body = readFile(file).then(compressors[encoding]);
      compressed.set(key, body);
    }
    const data = await body;
    res.writeHead(status, { ...common, 'Content-Encoding': encoding, 'Content-Length': data.length });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = sitePathOf(req.url ?? '/');
    if (path === undefined) {
      sendText(res, 400, 'Bad request', headersFor(undefined, '/404.html'));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { ...headersFor(path, '/404.html'), Allow: 'GET, HEAD' });
      return;
    }
    const hidden = HOST_FILES.has(path.replace(/\/$/, ''));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!hidden && (await fileInfo(file))) {
      await sendFile(req, res, file, 200, headersFor(path, path), cacheControlFor(path));
      return;
    }
    if (!hidden && !path.endsWith('/') && (await fileInfo(join(root, path, 'index.html')))) {
      const target = `${path}/`;
      res.writeHead(301, {
        ...headersFor(path, target),
        Location: locationFor(target),
        'Content-Length': 0,
        'Cache-Control': CACHE_REVALIDATE,
      });
      res.end();
      return;
    }
    const { locale } = splitLocalePath(path);
    for (const notFound of [notFoundPath(locale), '/404.html']) {
      if (await fileInfo(join(root, notFound))) {
        await sendFile(req, res, join(root, notFound), 404, headersFor(path, notFound), CACHE_REVALIDATE);
        return;
      }
    }
    sendText(res, 404, 'Not found', headersFor(path, '/404.html'));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // The reason goes to the server's log, never to the client.
      console.error(`serve: ${req.method} ${req.url}:`, error);
      if (!res.headersSent) sendText(res, 500, 'Internal server error', headersFor(undefined, '/404.html'));
      else res.destroy();
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 4321, host, done));
  return server;
}

/** The port a started server listens on (useful with port 0). */
export function serverPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      dir: { type: 'string', default: 'dist' },
    },
  });
  const server = await startServer({ dir: values.dir, port: Number(values.port) });
  console.log(`Serving ${values.dir}/ at http://127.0.0.1:${serverPort(server)}/  (Ctrl+C to stop)`);
}
