/**
 * Checks on a content file's frontmatter, read line by line so every problem
 * names its line and field: dates must be real days written YYYY-MM-DD (YAML
 * would turn 2026-13-45 into 14 February 2027), addresses must be https:,
 * pictures must be files of this site, and no phone numbers are typed.
 */
import type { Problem } from './check-tree.ts';
import { parseIsoDay } from '@/lib/publishing.ts';
import { linkProblem, phoneProblems } from './rules.ts';

/** Schemes recognised as addresses even without `//` (`tel:+1…`, `javascript:…`). */
const URL_SCHEMES_IN_TEXT = new Set([
  'javascript',
  'vbscript',
  'data',
  'blob',
  'file',
  'mailto',
  'tel',
  'sms',
  'callto',
]);

/** `scheme:rest`, an address in a line of text. */
const ADDRESS = /\b([a-zA-Z][a-zA-Z0-9+.-]*):(\S+)/g;
/** What every ADDRESS holds: most lines have none, and are not searched. */
const ADDRESS_HINT = /[a-zA-Z0-9+.-]:\S/;

/** Fields that hold a picture: a relative path to a file in content/images/. */
const IMAGE_FIELDS = new Set(['image']);

export interface FrontmatterLine {
  /** Line in the file, 1-based. */
  line: number;
  /** Dotted path of the field, e.g. `hero.image`; undefined for list items and continuation lines. */
  field?: string;
  /** The field's own name, e.g. `image`; undefined when `field` is. */
  key?: string;
  /** The value after `key:` (or after `- `), without quotes or a trailing comment. */
  value: string;
  /** The whole line. */
  text: string;
}

// Made once: a regular expression written in a function is a new object at every call.
const DOUBLE_QUOTED = /^"(?:[^"\\]|\\.)*"$/;
const SINGLE_QUOTED = /^'(?:[^']|'')*'$/;
const TRAILING_COMMENT = /\s+#.*$/;
const FIELD_LINE = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/;
const LIST_ITEM = /^\s*-\s+/;
const DATE_SHAPED = /^\d{4}-\d{1,2}-\d{1,2}$/;
const REMOTE = /^[a-zA-Z][a-zA-Z0-9+.-]*:|^[/\\]{2}/;
const PHONE_LINK = /^(tel|sms|callto):$/i;

function unquote(value: string): string {
  const v = value.trim();
  if (DOUBLE_QUOTED.test(v)) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (SINGLE_QUOTED.test(v)) return v.slice(1, -1).replaceAll("''", "'");
  return v.replace(TRAILING_COMMENT, '');
}

/** The frontmatter's lines with the field each belongs to (a small reader for the YAML staff write). */
export function frontmatterLines(yaml: string, firstLine: number): FrontmatterLine[] {
  const stack: { indent: number; field: string }[] = [];
  const lines: FrontmatterLine[] = [];
  yaml.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    const m = FIELD_LINE.exec(text);
    if (m) {
      const indent = m[1]!.length;
      while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
      const key = m[2]!;
      const field = stack.length ? `${stack.at(-1)!.field}.${key}` : key;
      stack.push({ indent, field });
      lines.push({ line, field, key, value: unquote(m[3] ?? ''), text });
    } else {
      lines.push({ line, value: unquote(text.replace(LIST_ITEM, '')), text });
    }
  });
  return lines;
}

/** Every problem in a file's frontmatter (`yaml` is the text between the `---` lines, which starts on `firstLine`). */
export function checkFrontmatter(yaml: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  for (const { line, field, key, value, text } of frontmatterLines(yaml, firstLine)) {
    const name = field ?? 'this line';
    // YAML turns an unquoted 2026-13-45 into a date in 2027 before the schema sees it, so date-shaped
    // values are read here, strictly; anything else in a date field is refused by the schema (isoDate).
    if (DATE_SHAPED.test(value)) {
      const day = parseIsoDay(value);
      if ('error' in day)
        problems.push({ line, message: `${name}: ${day.error}. Write the day as YYYY-MM-DD, e.g. 2026-11-26.` });
    }
    if (key && IMAGE_FIELDS.has(key) && REMOTE.test(value)) {
      problems.push({
        line,
        message: `${name} "${value}" is on another website. Pictures must be files of this site: put it in content/images/ (posts: content/images/posts/) and give the relative path, e.g. ../../images/posts/my-picture.jpg.`,
      });
      continue;
    }
    // Addresses anywhere in the frontmatter (a source's url, …) follow the same rule as links.
    if (ADDRESS_HINT.test(text)) {
      for (const m of text.matchAll(ADDRESS)) {
        if (!m[2]!.startsWith('//') && !URL_SCHEMES_IN_TEXT.has(m[1]!.toLowerCase())) continue;
        const url = m[0].replace(/["',\]}]+$/, '');
        const problem = linkProblem(url);
        if (problem) problems.push({ line, message: `${name}: ${problem}` });
      }
    }
    for (const found of phoneProblems(value)) {
      if (PHONE_LINK.test(found.match) && problems.some((p) => p.line === line)) continue;
      problems.push({ line, message: `${name}: ${found.message}` });
    }
  }
  return problems;
}
