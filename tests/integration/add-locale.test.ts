/**
 * "Adding a language is one step" (issue 10): in a temporary copy of the
 * project, add a throwaway language the way a translator would (one entry in
 * the locales list, one strings file, one content file) and build it. Every
 * page must then exist in that language, with its `lang` and `dir`, the
 * translated page as itself and the rest as English stand-ins, and the
 * language must appear in the other pages' alternates and the 404 rules.
 * The code has more than two letters and the direction is right-to-left, so
 * nothing may assume `xx` codes or left-to-right text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astro, withProjectCopy } from '../support/project-copy.ts';

const CODE = 'xx-test';
const ENTRY = `  { code: '${CODE}', name: 'Test language', ownName: 'Testish', intl: 'en-US', dir: 'rtl' },\n`;

function addLocaleEntry(dir: string) {
  const listFile = join(dir, 'src/i18n/locales.ts');
  const list = readFileSync(listFile, 'utf8');
  const end = list.indexOf('] as const satisfies readonly LocaleEntry[]');
  assert.ok(end > 0, 'the locales list ends as expected');
  writeFileSync(listFile, list.slice(0, end) + ENTRY + list.slice(end));
}

function addLocale(dir: string) {
  // 1. One entry in the locales list.
  addLocaleEntry(dir);
  // 2. One strings file (English text with a few strings changed, enough to recognise it).
  writeFileSync(
    join(dir, `src/i18n/ui/${CODE}.ts`),
    `import en, { type UIStrings } from './en.ts';\n\nconst strings: UIStrings = { ...en, 'home.title': 'Testish home page', 'translation.missing': 'Not in Testish yet.' };\n\nexport default strings;\n`,
  );
  // 3. One content file: the "Get help" page, translated.
  const getHelp = readFileSync(join(dir, 'content/pages/en/get-help.mdx'), 'utf8');
  mkdirSync(join(dir, `content/pages/${CODE}`), { recursive: true });
  writeFileSync(
    join(dir, `content/pages/${CODE}/get-help.mdx`),
    getHelp.replace(/^title: .*$/m, 'title: Testish help page'),
  );
}

const html = (dir: string, path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
const htmlTag = (page: string) => /<html\b[^>]*>/.exec(page)?.[0] ?? '';

test('a new language is one locales entry, one strings file and its content folders', async () => {
  await withProjectCopy('add-locale-', (dir) => {
    addLocale(dir);
    const { status, output } = astro(dir, ['build'], 300_000);
    assert.equal(status, 0, output);

    const home = html(dir, `${CODE}/index.html`);
    assert.match(htmlTag(home), new RegExp(`lang="${CODE}"`));
    assert.match(htmlTag(home), /dir="rtl"/);
    assert.match(home, /Testish home page/);

    // The translated page is itself; a page not yet translated is the English text with the note.
    const translated = html(dir, `${CODE}/get-help/index.html`);
    assert.match(translated, /Testish help page/);
    assert.doesNotMatch(translated, /data-untranslated/);
    const standIn = html(dir, `${CODE}/support/index.html`);
    assert.match(htmlTag(standIn), /dir="rtl"/);
    assert.match(standIn, /data-untranslated[^>]*>\s*Not in Testish yet\./);

    // Every kind of page exists in the new language.
    for (const path of [
      'blog/index.html',
      'signs/index.html',
      'signs/print/index.html',
      'stats/index.html',
      'search/index.html',
      'campaigns/stockton/index.html',
      'rss.xml',
      '404.html',
    ]) {
      assert.ok(existsSync(join(dir, 'dist', CODE, path)), `${CODE}/${path} was built`);
    }
    assert.match(htmlTag(html(dir, `${CODE}/404.html`)), new RegExp(`lang="${CODE}" dir="rtl"`));
    assert.match(html(dir, '_redirects'), new RegExp(`^/${CODE}/\\*  /${CODE}/404\\.html  404$`, 'm'));

    // Other languages link to it: the switcher and hreflang on a page it has translated.
    const englishGetHelp = html(dir, 'get-help/index.html');
    assert.match(englishGetHelp, new RegExp(`<link rel="alternate" hreflang="${CODE}" href="[^"]*/${CODE}/get-help/"`));
    assert.match(
      englishGetHelp,
      new RegExp(`<a href="/${CODE}/get-help/" hreflang="${CODE}" lang="${CODE}"[^>]*>Testish</a>`),
    );
  });
});

test('a language without its strings file stops the build, naming the file to add', async () => {
  await withProjectCopy('add-locale-', (dir) => {
    addLocaleEntry(dir);
    const { status, output } = astro(dir, ['build'], 300_000);
    assert.notEqual(status, 0, output);
    assert.match(output, new RegExp(`No interface strings for "${CODE}": add src/i18n/ui/${CODE}\\.ts`));
  });
});
