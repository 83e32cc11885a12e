import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

test('Node loads astro.config.mjs by itself, so Astro does not load it a second time through Vite', () => {
  // Astro imports the config with Node first and, when that throws, again through a Vite server
  // (about 0.3 s CPU on every build). A static import of a module that uses the `@/` alias would
  // make Node's import throw: astro.config.mjs registers the alias, then imports such modules with import().
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "await import('./astro.config.mjs'); console.log('loaded');"],
    { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /loaded/);
});
