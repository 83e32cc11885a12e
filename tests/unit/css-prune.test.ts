import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectUsedNames, emptyUsedNames, pruneCss, selectorMayMatch, selectorNeeds } from '@/lib/css-prune.ts';

const used = collectUsedNames(
  '<html><body class="flex min-h-screen"><a class="btn btn-exit sm:not-sr-only" href="/">x</a>' +
    '<div class="prose"><ul><li>one</li></ul></div><svg class="h-5 w-5"><path d=""></path></svg>' +
    '<p class=\'mt-2 z-[60]\'>&nbsp;</p><span class="bg-white/95 a&amp;b">y</span></body></html>',
);

test('the class names and element names of a page are collected', () => {
  for (const c of ['flex', 'min-h-screen', 'btn', 'btn-exit', 'sm:not-sr-only', 'prose', 'h-5', 'mt-2', 'z-[60]'])
    assert.ok(used.classes.has(c), c);
  assert.ok(used.classes.has('bg-white/95'));
  assert.ok(used.classes.has('a&b'), 'entities in class attributes are decoded');
  for (const t of ['html', 'body', 'a', 'div', 'ul', 'li', 'svg', 'path', 'p', 'span']) assert.ok(used.tags.has(t), t);
  assert.ok(!used.tags.has('table'));
});

test('the pages of a group add up: a class attribute seen before adds nothing new, a new one adds its names', () => {
  const group = collectUsedNames('<p class="mt-2 text-sm">a</p>');
  collectUsedNames('<p class="mt-2 text-sm">b</p><em class="text-sm italic">c</em>', group);
  assert.deepEqual([...group.classes].sort(), ['italic', 'mt-2', 'text-sm']);
  assert.deepEqual([...group.tags].sort(), ['em', 'p']);
  // Another group starts empty, whatever the first one has seen.
  assert.deepEqual([...collectUsedNames('<p class="mt-2 text-sm">a</p>').classes].sort(), ['mt-2', 'text-sm']);
});

test('escaped Tailwind class names are read as the HTML spells them', () => {
  assert.deepEqual(selectorNeeds('.sm\\:not-sr-only')?.classes, ['sm:not-sr-only']);
  assert.deepEqual(selectorNeeds('.z-\\[60\\]')?.classes, ['z-[60]']);
  assert.deepEqual(selectorNeeds('.bg-white\\/95')?.classes, ['bg-white/95']);
  assert.deepEqual(selectorNeeds('.\\32 xl\\:p-4')?.classes, ['2xl:p-4']);
  assert.deepEqual(selectorNeeds('.hover\\:bg-brand-800:hover')?.classes, ['hover:bg-brand-800']);
});

test('a selector matches only when the page has every class and element it names', () => {
  assert.ok(selectorMayMatch('.btn-exit', used));
  assert.ok(selectorMayMatch('.btn.btn-exit:hover', used));
  assert.ok(!selectorMayMatch('.btn-primary', used));
  assert.ok(selectorMayMatch('.prose :where(ul>li)::marker', used));
  assert.ok(!selectorMayMatch('.prose :where(blockquote)', used));
  assert.ok(!selectorMayMatch('.prose :where(ol>li)::marker', used), 'an element named inside :where() is needed');
  assert.ok(!selectorMayMatch('table', used));
  assert.ok(selectorMayMatch('html', collectUsedNames('<p>fragment</p>')), 'html and body are always there');
  assert.ok(selectorMayMatch('svg', used));
});

test('what cannot be judged is kept', () => {
  assert.ok(selectorMayMatch('.on-dark a:not(.btn-primary)', collectUsedNames('<p class="on-dark"><a></a></p>')));
  assert.ok(selectorMayMatch(':where(.missing, .btn)', used), 'a list in :where() may match by another entry');
  assert.ok(selectorMayMatch('div:has(.missing)', used));
  assert.ok(selectorMayMatch('[hidden]:where(:not([hidden=until-found]))', used));
  assert.ok(selectorMayMatch('#top', used));
  assert.ok(selectorMayMatch('*', used));
  assert.ok(selectorMayMatch('& .missing', used), 'nested CSS is not read');
  assert.ok(
    selectorMayMatch(
      '.prose :where(a):not(:where([class~="not-prose"] *))',
      collectUsedNames('<div class="prose"><a></a></div>'),
    ),
  );
});

test('form-control pseudo-elements need a form control', () => {
  assert.ok(!selectorMayMatch('::file-selector-button', used));
  assert.ok(!selectorMayMatch('::-webkit-datetime-edit-year-field', used));
  assert.ok(!selectorMayMatch('::placeholder', used));
  const form = collectUsedNames('<form><textarea></textarea></form>');
  assert.ok(selectorMayMatch('::placeholder', form));
  assert.ok(!selectorMayMatch('::-webkit-inner-spin-button', form));
  assert.ok(selectorMayMatch('::-webkit-inner-spin-button', collectUsedNames('<input type="number">')));
});

test('pruning keeps matching rules, trims selector lists, drops empty at-rules and unread custom properties', () => {
  const css = [
    '@layer theme,base;',
    ':root{--used:1px;--unused:2px;--chain:var(--only-via-unused);--only-via-unused:3px}',
    '@layer base{h1,a{color:red}table{border:0}}',
    '@media (min-width:40rem){.sm\\:not-sr-only{position:static;width:var(--used)}.md\\:grid{display:grid}}',
    '@media print{.no-print{display:none}}',
    '@property --tw-ring{syntax:"*";inherits:false}',
    '@property --tw-shadow{syntax:"*";inherits:false}',
    '.btn{box-shadow:var(--tw-shadow)}',
    '@keyframes spin{from{rotate:0}to{rotate:360deg}}',
    '@page{margin:1cm}',
  ].join('');
  const out = pruneCss(css, used);
  assert.match(out, /@layer theme,base;/);
  assert.match(out, /@layer base\{a\{color:red\}\}/);
  assert.doesNotMatch(out, /table/);
  assert.match(out, /\.sm\\:not-sr-only\{/);
  assert.doesNotMatch(out, /md\\:grid/);
  assert.doesNotMatch(out, /@media print/);
  assert.match(out, /--used:1px/);
  assert.doesNotMatch(out, /--unused|--chain|--only-via-unused/);
  assert.match(out, /@property --tw-shadow/);
  assert.doesNotMatch(out, /--tw-ring/);
  assert.match(out, /@keyframes spin\{from\{rotate:0\}to\{rotate:360deg\}\}/);
  assert.match(out, /@page\{margin:1cm\}/);
});

/** What collectUsedNames must find, read the plain way: two regular expressions over the whole text. */
function referenceUsedNames(pages: string[]) {
  const decode = (s: string) =>
    s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|lt|gt|apos));/gi, (_, dec, hex, named: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : ({ amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[named.toLowerCase()]!,
    );
  const classes = new Set<string>();
  const tags = new Set<string>();
  for (const html of pages) {
    for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)) tags.add(m[1]!.toLowerCase());
    for (const m of html.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g))
      for (const name of (m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/)) if (name) classes.add(decode(name));
  }
  return { classes: [...classes].sort(), tags: [...tags].sort() };
}

test('collectUsedNames finds exactly what the plain regular expressions find, page after page', () => {
  const pages = [
    '<!DOCTYPE html><HTML lang="en"><Body class="flex min-h-screen"><DIV Class="upper-case-name-is-no-class">' +
      '<my-element class=unquoted-1>x</my-element><h2 class  =  "spaced  around\tthe\nnames" >t</h2>' +
      '<p class=\'single quoted\'>a</p><p class="a&amp;b &#60;c&#x3e; &QUOT;d&quot;">e</p></DIV></Body></HTML>',
    // The same class attributes again (nothing new), then new ones and odd spellings.
    '<body class="flex min-h-screen"><p class=\'single quoted\'>a</p><svg class="h-5"><PATH d=""/></svg>' +
      '<span data-class="not-a-class" class="real">y</span><i\u00a0class="after-nbsp"></i><i\u3000class=ideographic>z</i>',
    // Broken or unusual markup: no value, an unclosed quote, a value ended by > or a quote, tags in text.
    '<p class= >a</p><p class=>b</p><p class=x>c</p><p class=y"z>d</p><p class=w\'v>e</p>' +
      '< notatag <2 <-x <a-1-b <h1-B <a<b<c a<b class="in text">1 class="x class=nested"',
    '<p class="unclosed>never closed, class=after-it <em class="last">',
    'class="at-start" <p\nclass="after-newline">\tclass=\'tab\'',
    // Values whose hashes collide ("Aa" and "BB", as in Java's String.hashCode), and element names that do.
    '<p class="Aa">1</p><p class="BB">2</p><Aa></Aa><BB></BB><p class=one class=two>',
    '<p class="ទំព័រ página">Ukrainian: <span class="мова">текст</span></p><p class="">empty</p><p class="   ">blank</p>',
    // Every UTF-16 code unit before `class`, around `=` and after an unquoted value: white space is what \s is.
    Array.from({ length: 0x10000 }, (_, i) => {
      const c = String.fromCharCode(i);
      return `<p${c}class${c}=${c}u${i}${c}x>`;
    }).join(''),
  ];
  const used = emptyUsedNames();
  for (const [i, page] of pages.entries()) {
    collectUsedNames(page, used);
    const expected = referenceUsedNames(pages.slice(0, i + 1));
    assert.deepEqual([...used.classes].sort(), expected.classes, `classes after page ${i + 1}`);
    assert.deepEqual([...used.tags].sort(), expected.tags, `tags after page ${i + 1}`);
  }
  // Each page on its own too (a fresh UsedNames has seen nothing).
  for (const page of pages) {
    const alone = collectUsedNames(page);
    assert.deepEqual([...alone.classes].sort(), referenceUsedNames([page]).classes);
    assert.deepEqual([...alone.tags].sort(), referenceUsedNames([page]).tags);
  }
});
