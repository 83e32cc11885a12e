import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  contentSecurityPolicy,
  cspHash,
  headersFile,
  inlineScripts,
  matchesPattern,
  parseHeadersFile,
  securityHeaders,
} from '@/lib/csp.ts';

test('inline script hashes are the CSP sha256 of the exact body', () => {
  const expected = createHash('sha256').update('alert(1)').digest('base64');
  assert.equal(cspHash('alert(1)'), `'sha256-${expected}'`);
});

test('only executable inline scripts are collected', () => {
  const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>
    <script type="application/ld+json">{"@type":"NGO"}</script><script type="text/javascript">c()</script>`;
  assert.deepEqual(inlineScripts(html), ['a()', 'b()', 'c()']);
});

test('the policy allows no inline script without a hash and no other host', () => {
  const script = "document.title='x'";
  const csp = contentSecurityPolicy([cspHash(script)]);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /frame-ancestors 'none'/);
  const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
  assert.ok(!scriptSrc.includes('unsafe-inline'));
  assert.ok(scriptSrc.includes(cspHash(script)));
  assert.ok(!/https?:/.test(csp), 'no external origins allowed');
});

test('_headers round-trips and matches paths', () => {
  const headers = securityHeaders([]);
  const parsed = parseHeadersFile(headersFile(headers));
  assert.equal(parsed.length, 1);
  assert.equal(parsed[0]!.pattern, '/*');
  assert.deepEqual(parsed[0]!.headers, headers);
  assert.equal(headers['Referrer-Policy'], 'no-referrer');
  assert.ok(matchesPattern('/*', '/es/campaigns/stockton/'));
  assert.ok(!matchesPattern('/es/*', '/campaigns/'));
});
