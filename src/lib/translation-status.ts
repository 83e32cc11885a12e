/**
 * Translation status that never lies (issue 10 §4). Each translated content
 * file records, in a `translation` frontmatter block, the content hash of the
 * English file it was translated from and whether a native speaker has
 * reviewed it:
 *
 * ```yaml
 * translation:
 *   source: 3f9c2a7d41b0e8c5   # written by `npm run translations -- --mark …`, never typed
 *   reviewed: false            # or the date of a native speaker's review
 * ```
 *
 * Pure functions: the build (src/lib/translation-source.ts), the
 * `npm run translations` script and the unit tests share them.
 */
import { createHash } from 'node:crypto';

/** Length of the recorded hash: 16 hex digits of SHA-256 (64 bits) is plenty to notice a change. */
export const HASH_LENGTH = 16;
export const HASH_PATTERN = /^[0-9a-f]{16}$/;

/** What a translation records about its English source. */
export interface TranslationRecord {
  /** Hash of the English file when the translation was made or last updated. */
  source: string;
  /** `false` until a native speaker has reviewed it; then the day of that review. */
  reviewed: false | Date;
}

/**
 * The English file's text as the hash sees it: line endings and trailing
 * spaces do not count as a change (editors and Git settings differ there).
 */
export function normaliseSource(text: string): string {
  return `${text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trimEnd()}\n`;
}

/** The content hash of an English source file (frontmatter and body). */
export function sourceHash(text: string): string {
  return createHash('sha256').update(normaliseSource(text), 'utf8').digest('hex').slice(0, HASH_LENGTH);
}

/**
 * - `up-to-date`: the English has not changed since, and a native speaker reviewed it;
 * - `not-reviewed`: the English has not changed since, but nobody has reviewed the translation;
 * - `out-of-date`: the English changed after the translation was made;
 * - `unmarked`: the file records nothing, so nobody can tell (run `--mark`);
 * - `missing`: there is no translation (the site shows the English with a note).
 */
export type TranslationState = 'up-to-date' | 'not-reviewed' | 'out-of-date' | 'unmarked' | 'missing';

export function translationState(record: TranslationRecord | undefined, englishHash: string): TranslationState {
  if (!record) return 'unmarked';
  if (record.source !== englishHash) return 'out-of-date';
  return record.reviewed === false ? 'not-reviewed' : 'up-to-date';
}

/** The words the `npm run translations` table uses for each state. */
export const stateLabels: Record<TranslationState, string> = {
  'up-to-date': 'up to date',
  'not-reviewed': 'not reviewed',
  'out-of-date': 'out of date',
  unmarked: 'no record',
  missing: 'missing',
};

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---\s*(?:\r?\n|$))/;

/** The frontmatter's lines without a `translation:` block (the key and its indented lines). */
function withoutRecord(frontmatter: string): string {
  const lines = frontmatter.split('\n');
  const kept: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    if (/^translation\s*:/.test(line)) {
      inBlock = true;
      continue;
    }
    if (inBlock && (/^\s+\S/.test(line) || line.trim() === '')) continue;
    inBlock = false;
    kept.push(line);
  }
  return kept.join('\n').replace(/\n*$/, '\n');
}

function formatReviewed(reviewed: false | Date): string {
  return reviewed === false ? 'false' : reviewed.toISOString().slice(0, 10);
}

/** The file's text with its `translation` block set to `record` (added at the end of the frontmatter, or replaced). */
export function writeRecord(fileText: string, record: TranslationRecord): string {
  const match = FRONTMATTER.exec(fileText);
  if (!match) throw new Error('The file has no frontmatter (a block between two "---" lines at the top).');
  if (!HASH_PATTERN.test(record.source)) throw new Error(`Not a source hash: "${record.source}"`);
  const [whole, open, body = '', close] = match;
  const block = `translation:\n  source: ${record.source}\n  reviewed: ${formatReviewed(record.reviewed)}\n`;
  return `${open}${withoutRecord(body.replace(/\r\n/g, '\n'))}${block}${close}${fileText.slice(whole.length)}`;
}

/**
 * The `translation` block of a file, read without a YAML library (the script
 * writes it in one fixed shape). Returns undefined when there is none.
 */
export function readRecord(fileText: string): TranslationRecord | undefined {
  const body = FRONTMATTER.exec(fileText)?.[2];
  if (!body) return undefined;
  const block = /^translation\s*:\s*\n((?:[ \t]+.*\n?)*)/m.exec(body.replace(/\r\n/g, '\n'))?.[1];
  if (block === undefined) return undefined;
  const source = /^\s+source\s*:\s*['"]?([0-9a-f]+)['"]?\s*$/m.exec(block)?.[1];
  const reviewed = /^\s+reviewed\s*:\s*['"]?([^'"\s]+)['"]?\s*$/m.exec(block)?.[1];
  if (!source || reviewed === undefined) return undefined;
  if (reviewed === 'false') return { source, reviewed: false };
  const date = new Date(`${reviewed}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : { source, reviewed: date };
}
