/**
 * The web editor in the built site (src/integrations/admin.ts): its page is
 * there with `noindex` and its own rule in `_headers`, its configuration is the
 * one generated from the schemas, and no public page, sitemap entry or feed
 * points at it or loads a byte of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_PAGE, publicPages } from '@/lib/built-pages.ts';
import { adminContentSecurityPolicy, matchesPattern, parseHeadersFile } from '@/lib/csp.ts';
import { cmsConfig } from '@/lib/cms-config.ts';
import { backendSettings, contentInventory } from '@/integrations/admin.ts';
import { DIST } from '../support/dist-files.ts';

const admin = join(DIST, ADMIN_PAGE);

test('dist/admin/ holds the editor: its page with noindex, its script, its configuration', () => {
  const html = readFileSync(join(admin, 'index.html'), 'utf8');
  assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
  assert.match(html, /<script type="module" src="\/admin\/editor\.js"><\/script>/);
  assert.ok(existsSync(join(admin, 'editor.js')));
  const config = JSON.parse(readFileSync(join(admin, 'config.json'), 'utf8'));
  // Generated from the schemas at build time, as the build's environment set it.
  assert.deepEqual(config, JSON.parse(JSON.stringify(cmsConfig(contentInventory('content'), backendSettings()))));
  // The editor's fonts are files of this site.
  assert.ok(readdirSync(join(admin, 'assets')).some((f) => f.endsWith('.woff2')));
  assert.doesNotMatch(readFileSync(join(admin, 'editor.js'), 'utf8'), /cdn\.jsdelivr\.net\/fontsource/);
});

test('_headers gives /admin/ its own policy and leaves every other rule as it was', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const adminRules = rules.filter((r) => matchesPattern(r.pattern, ADMIN_PAGE) && r.headers['Content-Security-Policy']);
  assert.deepEqual(
    adminRules.map((r) => [r.pattern, r.headers['Content-Security-Policy']]),
    [['/admin/*', adminContentSecurityPolicy()]],
  );
  const others = rules.filter((r) => r.pattern !== '/admin/*' && r.headers['Content-Security-Policy']);
  assert.ok(others.length > 3);
  for (const rule of others) assert.doesNotMatch(rule.headers['Content-Security-Policy']!, /unsafe-inline|github/);
});

test('no public page, sitemap or feed names /admin/ or loads a file of it', () => {
  const pages = publicPages(DIST);
  assert.ok(pages.length > 10);
  const naming = pages.filter((p) => /["'(=]\/admin\//.test(readFileSync(p.file, 'utf8'))).map((p) => p.path);
  assert.deepEqual(naming, []);
  for (const file of readdirSync(DIST).filter((f) => /\.(xml|txt)$/.test(f)))
    assert.doesNotMatch(readFileSync(join(DIST, file), 'utf8'), /\/admin\//, file);
});
