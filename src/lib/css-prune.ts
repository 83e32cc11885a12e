/**
 * Trims a built stylesheet to what a group of pages can use: the rules whose
 * selectors could match an element of those pages (judged by the class names
 * and element names the pages contain), then the custom properties that no
 * remaining rule reads. Used by src/integrations/page-css.ts after the build.
 *
 * The judgement is conservative: a selector is dropped only when it names a
 * class or element that none of the pages has. Anything it cannot read
 * (classes inside `:not()`, `:has()` or a selector list in `:is()`/`:where()`,
 * ids, attributes, pseudo-classes) is taken as possibly matching.
 */
import postcss, { type AtRule, type Root } from 'postcss';

/** Class names and element names found in some HTML. */
export interface UsedNames {
  classes: Set<string>;
  tags: Set<string>;
}

export function emptyUsedNames(): UsedNames {
  return { classes: new Set(), tags: new Set() };
}

/**
 * Adds the class names and element names of one page (or fragment) to `used`: every
 * `<name` (as /<([a-zA-Z][a-zA-Z0-9-]*)/g reads it) and every value of a `class`
 * attribute (as /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g reads it).
 * It scans with indexOf and charCodeAt: pages of one template repeat the same element
 * names and class attributes, and one already met is recognised in place, with nothing
 * cut out of the page.
 */
export function collectUsedNames(html: string, used: UsedNames = emptyUsedNames()): UsedNames {
  let seen = seenIn.get(used);
  if (!seen) seenIn.set(used, (seen = { tags: new SeenSpans(), classValues: new SeenSpans() }));
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    const end = tagNameEnd(html, lt + 1);
    if (end > lt + 1 && !seen.tags.has(html, lt + 1, end))
      used.tags.add(seen.tags.add(html, lt + 1, end).toLowerCase());
  }
  for (let at = html.indexOf('class'); at >= 0;) {
    const start = classValueStart(html, at);
    const end = start < 0 ? -1 : classValueEnd(html, start);
    if (end < 0) {
      at = html.indexOf('class', at + 1);
      continue;
    }
    if (!seen.classValues.has(html, start, end))
      for (const name of seen.classValues.add(html, start, end).split(/\s+/))
        if (name) used.classes.add(decodeEntities(name));
    at = html.indexOf('class', end);
  }
  return used;
}
/** The element names (as spelled) and class attribute values already added to a `UsedNames`. */
const seenIn = new WeakMap<UsedNames, { tags: SeenSpans; classValues: SeenSpans }>();

const NONE: readonly string[] = [];

/**
 * Strings met before, found by a part of a longer text (`text[start, end)`) without cutting
 * that part out: a part met before costs no allocation.
 */
class SeenSpans {
  private byHash = new Map<number, string[]>();

  has(text: string, start: number, end: number): boolean {
    for (const s of this.byHash.get(spanHash(text, start, end)) ?? NONE)
      if (s.length === end - start && text.startsWith(s, start)) return true;
    return false;
  }

  /** Keeps `text[start, end)` and returns it. */
  add(text: string, start: number, end: number): string {
    const s = text.slice(start, end);
    const hash = spanHash(text, start, end);
    const same = this.byHash.get(hash);
    if (same) same.push(s);
    else this.byHash.set(hash, [s]);
    return s;
  }
}

/** A hash of `text[start, end)`, small enough to stay an unboxed integer. */
function spanHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return hash;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** The end of the element name `[a-zA-Z][a-zA-Z0-9-]*` at `start`; `start` itself when there is none. */
function tagNameEnd(html: string, start: number): number {
  if (!isAsciiLetter(html.charCodeAt(start))) return start;
  let i = start + 1;
  for (let c = html.charCodeAt(i); isAsciiLetter(c) || isDigit(c) || c === 45; c = html.charCodeAt(++i));
  return i;
}

/** Exactly the characters `\s` matches in a JavaScript regular expression. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const GREATER_THAN = 62;
const EQUALS = 61;

/**
 * Where the value of the `class` attribute whose name is at `at` starts (past its quote, if
 * quoted), or -1 when `at` starts none: `class` must follow white space and be followed by
 * `=` (white space around it allowed) and a quote or a character an unquoted value may have.
 */
function classValueStart(html: string, at: number): number {
  if (at === 0 || !isSpace(html.charCodeAt(at - 1))) return -1;
  let i = at + 'class'.length;
  while (isSpace(html.charCodeAt(i))) i++;
  if (html.charCodeAt(i) !== EQUALS) return -1;
  i++;
  while (isSpace(html.charCodeAt(i))) i++;
  const c = html.charCodeAt(i);
  if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return i + 1;
  return i < html.length && isUnquotedValueChar(c) ? i : -1;
}
const isUnquotedValueChar = (c: number) =>
  !isSpace(c) && c !== GREATER_THAN && c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE;

/** Where the value starting at `start` (from classValueStart) ends: its closing quote, or -1 if it has none. */
function classValueEnd(html: string, start: number): number {
  const quote = html.charCodeAt(start - 1);
  if (quote === DOUBLE_QUOTE) return html.indexOf('"', start);
  if (quote === SINGLE_QUOTE) return html.indexOf("'", start);
  let i = start;
  while (i < html.length && isUnquotedValueChar(html.charCodeAt(i))) i++;
  return i;
}

const decodeEntities = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|lt|gt|apos));/gi, (_, dec, hex, named) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ({ amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[named.toLowerCase()]!,
  );

/** Elements every page has, whether or not its HTML spells them. */
const ALWAYS_PRESENT = ['html', 'head', 'body'];

export interface SelectorNeeds {
  classes: string[];
  tags: string[];
  /** Groups of elements of which the page needs at least one each (pseudo-elements of form controls). */
  anyOf: string[][];
}

/** Pseudo-elements and pseudo-classes that only form controls have (preflight styles them all). */
const FORM_CONTROL_PSEUDOS: [RegExp, string[]][] = [
  [
    /^(?:file-selector-button|-webkit-(?:date-and-time-value|datetime-edit.*|calendar-picker-indicator|(?:inner|outer)-spin-button|search-.*))$/,
    ['input'],
  ],
  [/^placeholder$/, ['input', 'textarea']],
  [/^-moz-ui-invalid$/, ['input', 'select', 'textarea', 'form']],
];

const identChar = /[\w\u00a0-\uffff-]/;

/** Reads an identifier (with CSS escapes) from `pos`; returns its unescaped value and the end. */
function readIdent(s: string, pos: number): [string, number] {
  let out = '';
  let i = pos;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      const hex = /^[0-9a-fA-F]{1,6} ?/.exec(s.slice(i + 1));
      if (hex) {
        out += String.fromCodePoint(parseInt(hex[0].trim(), 16));
        i += 1 + hex[0].length;
      } else {
        out += s[i + 1] ?? '';
        i += 2;
      }
    } else if (identChar.test(c)) {
      out += c;
      i++;
    } else break;
  }
  return [out, i];
}

/** Index just past the bracket that closes the one opened at `open` (quotes and escapes respected). */
function closing(s: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']' };
  const stack = [pairs[s[open]!]!];
  let quote = '';
  for (let i = open + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') stack.push(pairs[c]!);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
  }
  return s.length;
}

/** Whether a selector list has a comma outside brackets and quotes. */
function hasTopLevelComma(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') i++;
    else if (c === '(' || c === '[' || c === '"' || c === "'")
      i = c === '"' || c === "'" ? s.indexOf(c, i + 1) : closing(s, i) - 1;
    else if (c === ',') return true;
  }
  return false;
}

/**
 * The class names and element names an element matched by `selector` (one
 * complex selector, no top-level comma) and its ancestors must have. `null`
 * when the selector cannot be read (nesting), so it must be kept.
 */
export function selectorNeeds(selector: string): SelectorNeeds | null {
  const needs: SelectorNeeds = { classes: [], tags: [], anyOf: [] };
  const s = selector;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '&') return null;
    if (c === '.') {
      const [name, end] = readIdent(s, i + 1);
      needs.classes.push(name);
      i = end;
    } else if (c === '#') {
      i = readIdent(s, i + 1)[1];
    } else if (c === '[') {
      i = closing(s, i);
    } else if (c === ':') {
      const start = s[i + 1] === ':' ? i + 2 : i + 1;
      const [name, end] = readIdent(s, start);
      i = end;
      const controls = FORM_CONTROL_PSEUDOS.find(([pattern]) => pattern.test(name));
      if (controls) needs.anyOf.push(controls[1]);
      if (s[i] === '(') {
        const close = closing(s, i);
        const inner = s.slice(i + 1, close - 1);
        i = close;
        // :is()/:where() of one selector must match it; anything else (:not, :has, a list, :nth-child) may not need it.
        if ((name === 'is' || name === 'where') && !hasTopLevelComma(inner)) {
          const sub = selectorNeeds(inner);
          if (!sub) return null;
          needs.classes.push(...sub.classes);
          needs.tags.push(...sub.tags);
          needs.anyOf.push(...sub.anyOf);
        }
      }
    } else if (identChar.test(c) || c === '\\') {
      const [name, end] = readIdent(s, i);
      // A percentage or keyword inside @keyframes never reaches here (keyframes are skipped).
      needs.tags.push(name.toLowerCase());
      i = end;
    } else {
      i++;
    }
  }
  return needs;
}

/** Whether a selector could match an element of pages with these names. */
export function selectorMayMatch(selector: string, used: UsedNames): boolean {
  const needs = selectorNeeds(selector);
  if (!needs) return true;
  const present = (t: string) => used.tags.has(t) || ALWAYS_PRESENT.includes(t);
  return (
    needs.classes.every((c) => used.classes.has(c)) &&
    needs.tags.every(present) &&
    needs.anyOf.every((group) => group.some(present))
  );
}

const isKeyframes = (node: { parent?: unknown }) => {
  let p = node.parent as AtRule | Root | undefined;
  while (p && p.type === 'atrule') {
    if (/keyframes$/i.test(p.name)) return true;
    p = p.parent as AtRule | Root | undefined;
  }
  return false;
};

/** Removes rules that cannot match, at-rules left empty, and custom properties nothing reads. */
export function pruneCss(css: string, used: UsedNames): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (isKeyframes(rule)) return;
    const kept = rule.selectors.filter((s) => selectorMayMatch(s, used));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  removeUnusedCustomProperties(root);
  removeEmpty(root);
  return root.toString();
}

/**
 * Drops declarations and `@property` registrations of custom properties that no
 * value reads with `var()`, repeatedly (a removed one may have been the only
 * reader of another). Properties read only by the HTML are never written here:
 * the site's pages carry no style attributes (the CSP forbids them).
 */
function removeUnusedCustomProperties(root: Root) {
  for (;;) {
    const read = new Set<string>();
    root.walkDecls((decl) => {
      for (const m of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(m[1]!);
    });
    let removed = false;
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && !read.has(decl.prop)) {
        decl.remove();
        removed = true;
      }
    });
    root.walkAtRules('property', (rule) => {
      if (!read.has(rule.params.trim())) {
        rule.remove();
        removed = true;
      }
    });
    if (!removed) return;
  }
}

function removeEmpty(root: Root) {
  for (let again = true; again;) {
    again = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes && node.nodes.length === 0) {
        node.remove();
        again = true;
      }
    });
  }
}
