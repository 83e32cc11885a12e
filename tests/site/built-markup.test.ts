/**
 * The steps after the build read most pages as bytes (src/lib/built-pages.ts, PageMarkup): on every
 * built page, what they look for (the canonical link, class and element names, the pages' scripts and
 * policy) is found the same in the markup they read as in the page's text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildQuickExitScript } from '@/components/quick-exit/build-script.ts';
import { builtPages, isAdminPath, markupOf, markupText } from '@/lib/built-pages.ts';
import { contentSecurityPolicy, cspHash, adminContentSecurityPolicy } from '@/lib/csp.ts';
import { collectUsedNames } from '@/lib/css-prune.ts';
import { canonicalOf } from '@/lib/sitemap.ts';
import { markupViolations, pageViolations } from '@/integrations/security-headers.ts';
import { DIST } from '../support/dist-files.ts';

test('every built page: the same canonical link, names and policy problems in its markup as in its text', () => {
  const quickExit = buildQuickExitScript();
  const pagePolicy = contentSecurityPolicy([cspHash(quickExit)], { meta: true });
  const adminPolicy = adminContentSecurityPolicy({ meta: true });
  const read = { bytes: 0, text: 0 };
  for (const { file, path } of builtPages(DIST)) {
    const bytes = readFileSync(file);
    const text = bytes.toString('utf8');
    const markup = markupOf(bytes);
    read[markup.bytes ? 'bytes' : 'text']++;
    assert.equal(markupText(markup, markup.text), text, path);
    const canonical = canonicalOf(markup.text);
    assert.equal(canonical && markupText(markup, canonical), canonicalOf(text), path);
    const names = collectUsedNames(markup.text, undefined, (part) => markupText(markup, part));
    assert.deepEqual(names, collectUsedNames(text), path);
    const [allowed, policy] = isAdminPath(path) ? [new Set<string>(), adminPolicy] : [new Set([quickExit]), pagePolicy];
    assert.deepEqual(markupViolations(markup, allowed, policy), pageViolations(text, allowed, policy), path);
    // A page with a script that is not the site's own is refused in its markup as in its text.
    const broken = text.replace('</body>', '<script>document.title="ទំព័រ"</script></body>');
    assert.notEqual(broken, text, path);
    const brokenMarkup = markupOf(Buffer.from(broken));
    assert.equal(brokenMarkup.bytes, markup.bytes, path);
    assert.deepEqual(markupViolations(brokenMarkup, allowed, policy), pageViolations(broken, allowed, policy), path);
    assert.ok(markupViolations(brokenMarkup, allowed, policy).length > 0, path);
  }
  // Both ways of reading are met on this site (Khmer pages have a byte 0xA0: ហ is E1 9E A0).
  assert.ok(read.bytes > 0 && read.text > 0, JSON.stringify(read));
});
