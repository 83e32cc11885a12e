/**
 * The local server (scripts/serve.ts) answers real HTTP requests on a loopback port the way a
 * static host would: security headers on every response, 400 for malformed paths, redirects that
 * stay on the site, GET/HEAD only, host files hidden, compression and caching (issue 9 §6, 14 §5).
 * It serves a small site written to a temporary folder, with a `_headers` file laid out like the
 * build's (common headers on `/*`, the policy per top-level path, Pagefind's own policy).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControlFor,
  chooseEncoding,
  locationFor,
  serverPort,
  sitePathOf,
  startServer,
} from '../../scripts/serve.ts';

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};
const PAGE_POLICY = "default-src 'none'; script-src 'self'";
const PAGEFIND_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";
const HEADERS_FILE = [
  '/*',
  ...Object.entries(COMMON).map(([k, v]) => `  ${k}: ${v}`),
  '/pagefind/*',
  `  Content-Security-Policy: ${PAGEFIND_POLICY}`,
  ...['/', '/index.html', '/404.html', '/_astro/*', '/blog/*', '/es/*', '/logo.png'].flatMap((p) => [
    p,
    `  Content-Security-Policy: ${PAGE_POLICY}`,
  ]),
].join('\n');

const CSS = `${'.prose p { margin: 1rem 0; color: #123456; }\n'.repeat(200)}`;
const FILES: Record<string, string | Buffer> = {
  _headers: HEADERS_FILE,
  _redirects: '/es/* /es/404.html 404\n',
  'index.html': '<!doctype html><title>Home</title><p>home page</p>',
  '404.html': '<!doctype html><title>Not found</title><p>English not found</p>',
  'es/404.html': '<!doctype html><html lang="es"><title>No encontrada</title><p>Página no encontrada</p>',
  'es/index.html': '<!doctype html><html lang="es"><title>Inicio</title>',
  'blog/index.html': `<!doctype html><title>Blog</title>${'<p>post</p>'.repeat(100)}`,
  '_astro/site.a1b2c3d4.css': CSS,
  'pagefind/pagefind.js': `export const x = ${JSON.stringify('pagefind '.repeat(300))};`,
  'pagefind/pagefind-entry.json': '{"version":"1.6.0"}',
  'pagefind/pagefind.en_0123456789.pf_meta': gzipSync('meta'),
  'pagefind/fragment/en_abcdef1.pf_fragment': gzipSync('{"url":"/"}'),
  'pagefind/index/en_abcdef2.pf_index': gzipSync('index'),
  'pagefind/wasm.en.pagefind': gzipSync('wasm'),
  'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
};

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: Server;
let dir: string;

/** Send a request exactly as given (the path is not normalised on the way, unlike fetch). */
function send(path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: serverPort(server), path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** The security headers `_headers` gives every path, with the policy expected for this response. */
function assertSecurityHeaders(reply: Reply, policy = PAGE_POLICY, what = '') {
  for (const [name, value] of Object.entries(COMMON))
    assert.equal(reply.headers[name.toLowerCase()], value, `${name} ${what}`);
  assert.equal(reply.headers['content-security-policy'], policy, `CSP ${what}`);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  for (const [name, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  server = await startServer({ dir, port: 0 });
});

after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('paths', () => {
  test('malformed paths get 400 with the security headers and no exception text', async () => {
    for (const path of [
      '/%',
      '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
      '/blog/%E0%A4%A',
      '/a%00b',
      '/..%5c..%5cetc/passwd',
    ]) {
      const reply = await send(path);
      assert.equal(reply.status, 400, path);
      assert.equal(reply.body.toString(), 'Bad request', path);
      assertSecurityHeaders(reply, PAGE_POLICY, path);
    }
  });

  test('no path reaches a file outside the site', async () => {
    for (const path of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2fetc/passwd',
      '/blog/..%2F..%2F..%2Fetc%2Fpasswd',
    ]) {
      const reply = await send(path);
      assert.ok([400, 404].includes(reply.status), `${path}: ${reply.status}`);
      assert.doesNotMatch(reply.body.toString(), /root:/, path);
    }
  });

  test('redirects to the folder form stay on this site', async () => {
    const cases: [string, string][] = [
      ['/blog', '/blog/'],
      ['/blog?q=words', '/blog/'],
      ['/%2Fexample.com/..%2Fblog', '/blog/'],
      ['//example.com/blog', '/blog/'],
      ['/%2F%2Fexample.com%2F..%2Fblog', '/blog/'],
      ['/es', '/es/'],
    ];
    for (const [path, location] of cases) {
      const reply = await send(path);
      assert.equal(reply.status, 301, path);
      assert.equal(reply.headers.location, location, path);
      assertSecurityHeaders(reply, PAGE_POLICY, path);
    }
    // Whatever the request, a Location is one path on this site: a single leading slash, no host.
    for (const path of [
      '/%5C%5Cexample.com/..%2Fblog',
      '/\\example.com/../blog',
      '/blog%0d%0aSet-Cookie:%20x=1',
      '/./blog',
      '/blog/../blog',
    ]) {
      const reply = await send(path);
      if (reply.status === 301) assert.match(String(reply.headers.location), /^\/(?![/\\])/, path);
      assert.equal(reply.headers['set-cookie'], undefined, path);
    }
  });

  test('a Location is built from percent-encoded segments', () => {
    assert.equal(locationFor('/blog/'), '/blog/');
    assert.equal(locationFor('/a b/\r\nx/'), '/a%20b/%0D%0Ax/');
  });

  test('sitePathOf decodes, normalises and refuses what cannot be a site path', () => {
    assert.equal(sitePathOf('/blog/'), '/blog/');
    assert.equal(sitePathOf('/es/b%C3%BAsqueda/'), '/es/búsqueda/');
    assert.equal(sitePathOf('/%2Fexample.com/..%2Fblog'), '/blog');
    assert.equal(sitePathOf('/../../etc/passwd'), '/etc/passwd');
    assert.equal(sitePathOf('/a//b'), '/a/b');
    assert.equal(sitePathOf('/%'), undefined);
    assert.equal(sitePathOf('/%c0%ae'), undefined);
    assert.equal(sitePathOf('/a%00'), undefined);
    assert.equal(sitePathOf('/a%5Cb'), undefined);
  });

  test('_headers and _redirects are not served', async () => {
    for (const path of ['/_headers', '/_redirects', '/_headers/', '/%5Fheaders', '/./_redirects']) {
      const reply = await send(path);
      assert.equal(reply.status, 404, path);
      assert.doesNotMatch(reply.body.toString(), /Content-Security-Policy|404\.html 404/, path);
      assertSecurityHeaders(reply, PAGE_POLICY, path);
    }
  });

  test('missing pages get the 404 page of their language, with the security headers', async () => {
    const en = await send('/no-such-page/');
    assert.equal(en.status, 404);
    assert.match(en.body.toString(), /English not found/);
    assertSecurityHeaders(en, PAGE_POLICY, '/no-such-page/');
    const es = await send('/es/no-existe/');
    assert.equal(es.status, 404);
    assert.match(es.body.toString(), /Página no encontrada/);
    assertSecurityHeaders(es, PAGE_POLICY, '/es/no-existe/');
    assert.equal(es.headers['cache-control'], CACHE_REVALIDATE);
  });
});

describe('methods', () => {
  test('only GET and HEAD: anything else gets 405 with Allow and the security headers', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      for (const path of ['/', '/blog/', '/nothing-here']) {
        const reply = await send(path, { method });
        assert.equal(reply.status, 405, `${method} ${path}`);
        assert.equal(reply.headers.allow, 'GET, HEAD', `${method} ${path}`);
        assertSecurityHeaders(reply, PAGE_POLICY, `${method} ${path}`);
      }
    }
  });

  test('HEAD answers like GET without a body', async () => {
    const get = await send('/blog/', { headers: { 'Accept-Encoding': 'gzip' } });
    const head = await send('/blog/', { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    for (const name of [
      'content-type',
      'content-encoding',
      'content-length',
      'etag',
      'cache-control',
      'content-security-policy',
    ]) {
      assert.equal(head.headers[name], get.headers[name], name);
    }
  });
});

describe('headers', () => {
  test('every kind of response carries the security headers, Pagefind its own policy', async () => {
    const replies: [string, Reply, string][] = [
      ['/', await send('/'), PAGE_POLICY],
      ['/blog/', await send('/blog/'), PAGE_POLICY],
      ['/_astro/site.a1b2c3d4.css', await send('/_astro/site.a1b2c3d4.css'), PAGE_POLICY],
      ['/logo.png', await send('/logo.png'), PAGE_POLICY],
      ['/pagefind/pagefind.js', await send('/pagefind/pagefind.js'), PAGEFIND_POLICY],
      ['/pagefind/wasm.en.pagefind', await send('/pagefind/wasm.en.pagefind'), PAGEFIND_POLICY],
      ['/pagefind/missing.js (404)', await send('/pagefind/missing.js'), PAGEFIND_POLICY],
    ];
    for (const [what, reply, policy] of replies) assertSecurityHeaders(reply, policy, what);
    const etag = String(replies[1]![1].headers.etag);
    const notModified = await send('/blog/', { headers: { 'If-None-Match': etag } });
    assert.equal(notModified.status, 304);
    assert.equal(notModified.body.length, 0);
    assertSecurityHeaders(notModified, PAGE_POLICY, '304');
  });
});

describe('compression', () => {
  test('text is sent with Brotli or gzip as Accept-Encoding allows, and says it varies', async () => {
    const cases: [string | undefined, string | undefined][] = [
      ['br', 'br'],
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0, br;q=0', undefined],
      ['identity', undefined],
      ['*', 'br'],
      [undefined, undefined],
    ];
    for (const [accept, expected] of cases) {
      const reply = await send(
        '/_astro/site.a1b2c3d4.css',
        accept === undefined ? {} : { headers: { 'Accept-Encoding': accept } },
      );
      assert.equal(reply.status, 200);
      assert.equal(reply.headers['content-encoding'], expected, String(accept));
      assert.equal(reply.headers.vary, 'Accept-Encoding', String(accept));
      assert.equal(Number(reply.headers['content-length']), reply.body.length, String(accept));
      const text =
        expected === 'br'
          ? brotliDecompressSync(reply.body)
          : expected === 'gzip'
            ? gunzipSync(reply.body)
            : reply.body;
      assert.equal(text.toString(), CSS, String(accept));
      if (expected) assert.ok(reply.body.length < CSS.length / 5, `${accept}: ${reply.body.length} bytes`);
    }
  });

  test('HTML and JavaScript are compressed; images and Pagefind’s own gzip files are not', async () => {
    for (const path of ['/', '/blog/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/no-such-page/']) {
      const reply = await send(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
      assert.equal(reply.headers['content-encoding'], 'br', path);
    }
    for (const path of ['/logo.png', '/pagefind/fragment/en_abcdef1.pf_fragment', '/pagefind/wasm.en.pagefind']) {
      const reply = await send(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
      assert.equal(reply.headers['content-encoding'], undefined, path);
      assert.equal(reply.headers.vary, undefined, path);
      assert.deepEqual(reply.body, Buffer.from(FILES[path.slice(1)]!), path);
    }
  });

  test('chooseEncoding follows q-values and wildcards', () => {
    assert.equal(chooseEncoding('gzip, br'), 'br');
    assert.equal(chooseEncoding('GZIP'), 'gzip');
    assert.equal(chooseEncoding('br;q=0.0, gzip;q=0.5'), 'gzip');
    assert.equal(chooseEncoding('*;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('*;q=0'), undefined);
    assert.equal(chooseEncoding(''), undefined);
    assert.equal(chooseEncoding('br;q=nonsense, gzip'), 'gzip');
  });
});

describe('caching', () => {
  test('hashed assets are immutable for a year; pages and unhashed files revalidate', async () => {
    const immutable = [
      '/_astro/site.a1b2c3d4.css',
      '/pagefind/fragment/en_abcdef1.pf_fragment',
      '/pagefind/index/en_abcdef2.pf_index',
      '/pagefind/pagefind.en_0123456789.pf_meta',
    ];
    const revalidate = [
      '/',
      '/blog/',
      '/es/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
      '/logo.png',
    ];
    for (const path of immutable) assert.equal((await send(path)).headers['cache-control'], CACHE_IMMUTABLE, path);
    for (const path of revalidate) assert.equal((await send(path)).headers['cache-control'], CACHE_REVALIDATE, path);
    assert.equal(CACHE_IMMUTABLE, 'public, max-age=31536000, immutable');
    assert.equal(cacheControlFor('/pagefind/filter/en_1234567.pf_filter'), CACHE_IMMUTABLE);
    assert.equal(cacheControlFor('/blog/_astro/x.css'), CACHE_REVALIDATE);
  });

  test('a page revalidates with its ETag', async () => {
    const first = await send('/');
    assert.ok(first.headers.etag);
    const again = await send('/', { headers: { 'If-None-Match': String(first.headers.etag) } });
    assert.equal(again.status, 304);
    assert.equal(again.headers['cache-control'], CACHE_REVALIDATE);
    const changed = await send('/', { headers: { 'If-None-Match': 'W/"other"' } });
    assert.equal(changed.status, 200);
  });
});
