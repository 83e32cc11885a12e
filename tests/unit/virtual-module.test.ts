import { test } from 'node:test';
import assert from 'node:assert/strict';
import { virtualModule } from '@/integrations/virtual-module.ts';

type Filtered = { filter: { id: RegExp }; handler: (id: string) => unknown };

test('a virtual module is resolved and loaded for its own id only: its hooks are filtered, so the bundler calls them for no other module', () => {
  const plugin = virtualModule('test', 'virtual:a.b', () => 'export default 1;');
  const resolveId = plugin.resolveId as Filtered;
  const load = plugin.load as Filtered;
  assert.ok(resolveId.filter.id.test('virtual:a.b'));
  for (const other of ['virtual:a.b2', 'xvirtual:a.b', 'virtual:aXb', '\0virtual:a.b', '/src/pages/index.astro'])
    assert.ok(!resolveId.filter.id.test(other), other);
  assert.equal(resolveId.handler('virtual:a.b'), '\0virtual:a.b');
  assert.ok(load.filter.id.test('\0virtual:a.b'));
  for (const other of ['virtual:a.b', '\0virtual:a.bc', '\0virtual:aXb', '/src/pages/index.astro'])
    assert.ok(!load.filter.id.test(other), other);
  assert.equal(load.handler('\0virtual:a.b'), 'export default 1;');
});
