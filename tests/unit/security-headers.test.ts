/** The Content-Security-Policy and `_headers` (src/lib/csp.ts, src/integrations/security-headers.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as csp from '@/lib/csp.ts';
import { pageViolations } from '@/integrations/security-headers.ts';
import { buildQuickExitScript } from '@/components/quick-exit/build-script.ts';
import { topLevelOf } from '../support/dist-files.ts';

const quickExit = buildQuickExitScript();
const hash = csp.cspHash(quickExit);

test('inline script hashes are the CSP sha256 of the exact body', () => {
  const expected = createHash('sha256').update('alert(1)').digest('base64');
  assert.equal(csp.cspHash('alert(1)'), `'sha256-${expected}'`);
});

test('every inline script counts as code except JSON data blocks', () => {
  const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>
    <script type="application/ld+json">{"@type":"NGO"}</script><script type="text/javascript">c()</script>
    <script type="text/ecmascript">d()</script>`;
  assert.deepEqual(csp.inlineScripts(html), ['a()', 'b()', 'c()', 'd()']);
  assert.deepEqual(
    csp.inlineHandlers('<a href="/" onclick="x()">a</a><img src=x onerror=y()><a href="javascript:z()">'),
    [
      'onclick= in <a href="/" onclick="x()">',
      'onerror= in <img src=x onerror=y()>',
      'javascript: address in <a href="javascript:z()">',
    ],
  );
  // In any case, and not fooled by text that only looks like one.
  assert.deepEqual(csp.inlineHandlers('<button ONCLICK = "x()">x</button><a HREF="JavaScript:z()">'), [
    'ONCLICK= in <button ONCLICK = "x()">',
    'javascript: address in <a HREF="JavaScript:z()">',
  ]);
  assert.deepEqual(csp.inlineHandlers('<p>Report online = safe. Never type javascript: here.</p>'), []);
});

test('the policy allows the quick exit by its hash, no other inline script and no other host', () => {
  const policy = csp.contentSecurityPolicy([hash]);
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /frame-ancestors 'none'/);
  const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
  assert.equal(scriptSrc, `script-src 'self' ${hash}`);
  assert.ok(!/https?:/.test(policy), 'no external origins allowed');
});

test("'wasm-unsafe-eval' only for Pagefind; the meta copy leaves out what meta cannot carry", () => {
  assert.ok(!csp.contentSecurityPolicy([hash]).includes('wasm-unsafe-eval'));
  assert.match(csp.contentSecurityPolicy([hash], { wasm: true }), /script-src 'self' 'wasm-unsafe-eval' /);
  const meta = csp.contentSecurityPolicy([hash], { meta: true });
  assert.ok(!/frame-ancestors|report-uri|sandbox/.test(meta), meta);
  assert.equal(meta, csp.contentSecurityPolicy([hash]).replace("; frame-ancestors 'none'", ''));
});

test('_headers: the common headers on every path, exactly one policy for any path', () => {
  const topLevel = topLevelOf('index.html', 'blog/', 'es/', '_astro/', 'pagefind/', '_headers', 'robots.txt');
  const text = csp.headersFile(csp.headerRules([hash], topLevel));
  const rules = csp.parseHeadersFile(text);
  assert.deepEqual(
    rules.map((r) => r.pattern),
    ['/*', '/pagefind/*', '/', '/_astro/*', '/blog/*', '/es/*', '/index.html', '/robots.txt'],
  );
  const headersFor = (path: string) => rules.filter((r) => csp.matchesPattern(r.pattern, path));
  for (const path of [
    '/',
    '/blog/',
    '/es/campaigns/stockton/',
    '/pagefind/pagefind-worker.js',
    '/_astro/x.css',
    '/robots.txt',
  ]) {
    const policies = headersFor(path).flatMap((r) =>
      r.headers['Content-Security-Policy'] ? [r.headers['Content-Security-Policy']] : [],
    );
    assert.equal(policies.length, 1, `${path}: ${policies.length} policies`);
    assert.equal(policies[0]!.includes('wasm-unsafe-eval'), path.startsWith('/pagefind/'), path);
    assert.equal(headersFor(path).find((r) => r.pattern === '/*')!.headers['Referrer-Policy'], 'no-referrer');
  }
  assert.ok(!csp.matchesPattern('/es/*', '/campaigns/'));
});

test('a built page may carry only the quick-exit script and the meta policy', () => {
  const meta = csp.contentSecurityPolicy([hash], { meta: true });
  const page = (body: string, policy = meta) =>
    `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body>${body}<script>${quickExit}</script></body></html>`;
  const allowed = new Set([quickExit]);
  assert.deepEqual(pageViolations(page(''), allowed, meta), []);
  assert.match(
    pageViolations(page('<script>document.getElementById("quick-exit").href="/"</script>'), allowed, meta)[0]!,
    /not the site's own/,
  );
  assert.match(pageViolations(page('<button onclick="x()">x</button>'), allowed, meta)[0]!, /onclick=/);
  assert.match(pageViolations(page('', 'default-src *'), allowed, meta)[0]!, /Content-Security-Policy/);
  assert.deepEqual(
    pageViolations(
      '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/new/">',
      allowed,
      meta,
    ),
    [],
  );
  // A meta refresh with a script is no bare redirect page: it needs the policy like any other page.
  assert.match(
    pageViolations(`<meta http-equiv="refresh" content="0;url=/new/"><script>${quickExit}</script>`, allowed, meta)[0]!,
    /Content-Security-Policy/,
  );
});
