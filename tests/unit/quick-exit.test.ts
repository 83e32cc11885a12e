import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, cspHash } from '@/lib/csp.ts';
import { QUICK_EXIT_ID, quickExitScript } from '@/lib/quick-exit.ts';

test('the quick-exit snippet stays under 1 KB', () => {
  assert.ok(Buffer.byteLength(quickExitScript) < 1024, `${Buffer.byteLength(quickExitScript)} bytes`);
});

test('the quick-exit snippet finds its button by id and is allowed by its hash', () => {
  assert.ok(quickExitScript.includes(`getElementById('${QUICK_EXIT_ID}')`));
  assert.ok(contentSecurityPolicy([cspHash(quickExitScript)]).includes(cspHash(quickExitScript)));
});
