/**
 * The web editor's pieces that run outside the browser test: its components as
 * the content guard sees them, what it changes before saving, its policy and
 * `_headers` rule, the page, the build's settings and the self-hosted fonts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// Immutable.js comes with Sveltia CMS, which hands the entry to the save hook as an Immutable Map.
import { fromJS, type Map as ImmutableMap } from 'immutable';
import { cmsComponents, EDITOR_NOTE_ID } from '@/lib/cms-components.ts';
import { entryPicturePath, prepareEntryForSave, type ImmutableLike } from '@/lib/cms-save.ts';
import { mdxComponentNames } from '@/components/mdx/names.ts';
import { checkContentText } from '@/content-guard/scan.ts';
import { ADMIN_DIR, adminContentSecurityPolicy, headerRules, matchesPattern } from '@/lib/csp.ts';
import { pageViolations } from '@/integrations/security-headers.ts';
import {
  adminPageHtml,
  backendSettings,
  contentInventory,
  LOCAL_ONLY_REPO,
  selfHostedFonts,
} from '@/integrations/admin.ts';
import { isAdminPath, publicPages } from '@/lib/built-pages.ts';
import { sitemapFilter } from '@/lib/sitemap.ts';
import { topLevelOf } from '../support/dist-files.ts';

const SITE = 'https://campaigns.example.org';
const stats = contentInventory('content').stats;

test('the editor offers exactly the components content may use, written so the content guard accepts them', () => {
  const components = cmsComponents(stats);
  assert.deepEqual(
    components.map((c) => c.id),
    [...mdxComponentNames, EDITOR_NOTE_ID],
  );
  for (const component of components) {
    const data =
      component.id === 'StatFigure'
        ? { id: stats[0], charts: false }
        : component.id === EDITOR_NOTE_ID
          ? { text: 'Still to add: step-by-step pictures of the app.' }
          : {};
    const block = component.toBlock(data);
    const text = `A paragraph before.\n\n${block}\n\nA paragraph after.\n`;
    assert.deepEqual(checkContentText(text, 'mdx', { siteOrigin: SITE }), [], block);
    // What the editor writes, it reads back the same.
    const match = text.match(component.pattern);
    assert.ok(match, `${component.id} is recognised in ${block}`);
    assert.equal(component.toBlock(component.fromBlock(match)), block);
  }
  // A note for editors keeps its text as it was written, and cannot close itself early.
  const note = components.find((c) => c.id === EDITOR_NOTE_ID)!;
  const comment = '{/* Draft: not published until `draft: true` is removed. */}';
  assert.equal(note.toBlock(note.fromBlock(comment.match(note.pattern)!)), comment);
  assert.equal(note.toBlock({ text: 'a */ b' }), '{/* a * / b */}');
  const stat = components.find((c) => c.id === 'StatFigure')!;
  assert.deepEqual(stat.fields[0]!.options, stats);
  assert.equal(stat.toBlock({ id: 'ilo-2012', charts: true }), '<StatFigure id="ilo-2012" />');
  assert.deepEqual(stat.fromBlock('<StatFigure id="healthcare-2016" charts={false} />'.match(stat.pattern)!), {
    id: 'healthcare-2016',
    charts: false,
  });
});

test('before saving: picture paths relative to the entry, translations no longer reviewed', () => {
  assert.equal(entryPicturePath('/content/images/posts/hospital.jpg'), '../../images/posts/hospital.jpg');
  assert.equal(entryPicturePath('/content/images/stockton-valley.jpg'), '../../images/stockton-valley.jpg');
  assert.equal(entryPicturePath('../../images/stockton-valley.jpg'), '../../images/stockton-valley.jpg');
  assert.equal(entryPicturePath('See /content/images/x.jpg'), 'See /content/images/x.jpg');
  // An entry as the editor holds it, before and after: English and Spanish pictures as the editor
  // writes them (from the site root) or as saved (relative); Khmer's already relative and without a record.
  const entryWith = (picture: string, reviewed: string | false) => ({
    data: { title: 'T', hero: { image: picture, alt: 'An illustration' } },
    i18n: {
      es: { data: { title: 'T', hero: { image: picture }, translation: { source: '0123456789abcdef', reviewed } } },
      // A language without a record gets none.
      km: { data: { title: 'T', hero: { image: '../../images/stockton-valley.jpg' } } },
    },
  });
  const entry = fromJS(entryWith('/content/images/stockton-valley.jpg', '2026-11-20')) as unknown as ImmutableLike;
  const saved = (prepareEntryForSave(entry) as unknown as ImmutableMap<string, unknown>).toJS();
  assert.deepEqual(saved, entryWith('../../images/stockton-valley.jpg', false));
});

test('/admin/ has its own policy and opener policy in _headers; every other path keeps the site policy', () => {
  const rules = headerRules(["'sha256-x'"], topLevelOf('admin/', 'blog/', 'pagefind/', 'index.html'));
  const headersFor = (path: string) =>
    Object.assign({}, ...rules.filter((r) => matchesPattern(r.pattern, path)).map((r) => r.headers)) as Record<
      string,
      string
    >;
  for (const path of ['/admin/', '/admin/editor.js', '/admin/config.json']) {
    const headers = headersFor(path);
    assert.equal(headers['Content-Security-Policy'], adminContentSecurityPolicy());
    assert.equal(headers['Cross-Origin-Opener-Policy'], 'same-origin-allow-popups');
    assert.equal(headers['X-Robots-Tag'], 'noindex');
  }
  for (const path of ['/', '/blog/', '/pagefind/pagefind.js', '/index.html']) {
    const headers = headersFor(path);
    assert.doesNotMatch(headers['Content-Security-Policy']!, /unsafe-inline|github/, path);
    assert.equal(headers['Cross-Origin-Opener-Policy'], 'same-origin', path);
    assert.equal(headers['X-Robots-Tag'], undefined, path);
  }
  // Never two rules setting one header for one path (hosts combine them differently).
  for (const path of ['/admin/', '/blog/', '/pagefind/x.js', '/']) {
    const names = rules.filter((r) => matchesPattern(r.pattern, path)).flatMap((r) => Object.keys(r.headers));
    assert.equal(new Set(names).size, names.length, path);
  }
  assert.equal(ADMIN_DIR, 'admin');
});

test("the editor's policy: scripts and fonts from this site only, GitHub's API to read and commit", () => {
  const policy = adminContentSecurityPolicy();
  const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));
  assert.equal(directive('script-src'), "script-src 'self'");
  assert.equal(directive('font-src'), "font-src 'self'");
  assert.equal(directive('default-src'), "default-src 'none'");
  assert.match(directive('connect-src')!, /https:\/\/api\.github\.com/);
  assert.match(policy, /frame-ancestors 'none'/);
  assert.doesNotMatch(adminContentSecurityPolicy({ meta: true }), /frame-ancestors/);
});

test('the page: noindex, its policy, one script from this site, nothing inline', () => {
  const html = adminPageHtml();
  assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
  assert.deepEqual(
    [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]),
    [`<script type="module" src="/${ADMIN_DIR}/editor.js">`],
  );
  assert.match(html, /data-pagefind-ignore="all"/);
  assert.deepEqual(pageViolations(html, new Set(), adminContentSecurityPolicy({ meta: true })), []);
});

test('/admin/ is no public page: left out of the sitemap and the public-page list', () => {
  assert.equal(isAdminPath('/admin/'), true);
  assert.equal(isAdminPath('/admin/editor.js'), true);
  assert.equal(isAdminPath('/administration/'), false);
  assert.equal(isAdminPath('/es/admin-guide/'), false);
  const keep = sitemapFilter({ redirects: {} });
  assert.equal(keep(`${SITE}/admin/`), false);
  assert.equal(keep(`${SITE}/blog/`), true);
  const dist = mkdtempSync(join(tmpdir(), 'admin-pages-'));
  try {
    for (const page of ['index.html', 'blog/index.html', 'admin/index.html']) {
      mkdirSync(dirname(join(dist, page)), { recursive: true });
      writeFileSync(join(dist, page), '<!doctype html>');
    }
    assert.deepEqual(
      publicPages(dist).map((p) => p.path),
      ['/', '/blog/'],
    );
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('build settings: the repository from CMS_GITHUB_REPO, else a local checkout only', () => {
  assert.deepEqual(backendSettings({}), { repo: LOCAL_ONLY_REPO, branch: 'main', authUrl: undefined });
  assert.deepEqual(
    backendSettings({
      CMS_GITHUB_REPO: 'org/site',
      CMS_GITHUB_BRANCH: 'live',
      CMS_AUTH_URL: 'https://auth.example.org',
    }),
    { repo: 'org/site', branch: 'live', authUrl: 'https://auth.example.org' },
  );
  assert.throws(() => backendSettings({ CMS_GITHUB_REPO: 'https://github.com/org/site' }), /owner\/name/);
  assert.throws(() => backendSettings({ CMS_AUTH_URL: 'http://auth.example.org' }), /https:\/\//);
});

test("the editor's fonts come from its package, never from a CDN", () => {
  const css =
    '@font-face{src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)}';
  const assets = ['source-sans-3-latin-wght-normal-BqRLTx4X.woff2', 'noto-mono-latin-400-normal-DiC8lJru.woff2'];
  assert.equal(
    selfHostedFonts(css, assets, '/admin/assets/'),
    '@font-face{src:url(/admin/assets/source-sans-3-latin-wght-normal-BqRLTx4X.woff2)}',
  );
  assert.throws(
    () => selfHostedFonts(css.replace('source-sans-3', 'inter'), assets, '/admin/assets/'),
    /no copy in @sveltia\/cms/,
  );
});
