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

/** Adds the class names and element names of one page (or fragment) to `used`. */
export function collectUsedNames(html: string, used: UsedNames = emptyUsedNames()): UsedNames {
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)) used.tags.add(m[1]!.toLowerCase());
  // Pages of one template repeat the same class attributes: each distinct value is split once.
  let seen = seenClassValues.get(used);
  if (!seen) seenClassValues.set(used, (seen = new Set()));
  for (const m of html.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    if (seen.has(value)) continue;
    seen.add(value);
    for (const name of value.split(/\s+/)) if (name) used.classes.add(decodeEntities(name));
  }
  return used;
}
const seenClassValues = new WeakMap<UsedNames, Set<string>>();

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
