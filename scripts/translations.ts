/**
 * `npm run translations`: a table of every translatable page × every language:
 * up to date, out of date, not reviewed, no record, or missing.
 *
 * `npm run translations -- --mark <locale>/<collection>/<slug>` records, in that
 * translated file's frontmatter, the hash of its English source as it is now
 * and `reviewed: false`: run it after translating or updating a file. Add
 * `--reviewed YYYY-MM-DD` when a native speaker has reviewed the translation
 * against the current English. `--mark-new` does the same for every translated
 * file that records nothing yet (never for one that is out of date: that one
 * needs its text updated first). See src/lib/translation-status.ts.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { defaultLocale, locales } from '@/i18n/locales.ts';
import {
  readRecord,
  sourceHash,
  stateLabels,
  translationState,
  writeRecord,
  type TranslationState,
} from '@/lib/translation-status.ts';

export const COLLECTIONS = ['pages', 'campaigns', 'guides', 'signs', 'stats', 'posts'] as const;

/** An entry's slug from its path inside the locale folder: posts use the file name only (year folders), others the path. */
export function slugOf(collection: string, pathInLocale: string): string {
  const withoutExt = pathInLocale
    .split(sep)
    .join('/')
    .replace(/\.mdx?$/, '');
  return collection === 'posts' ? withoutExt.split('/').pop()! : withoutExt;
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && !file.split(/[\\/]/).pop()!.startsWith('_'))
    .map((file) => join(dir, file));
}

export interface TranslationRow {
  collection: string;
  slug: string;
  /** The English file, relative to the project. */
  english: string;
  /** Each other language: its state and file (when there is one). */
  states: Record<string, { state: TranslationState; file?: string }>;
}

/** Every English content file with the state of each translation. */
export function translationRows(
  root: string,
  languages: readonly string[] = locales.filter((l) => l !== defaultLocale),
): TranslationRow[] {
  const rows: TranslationRow[] = [];
  for (const collection of COLLECTIONS) {
    const base = join(root, 'content', collection);
    const bySlug = (locale: string) =>
      new Map(
        mdxFiles(join(base, locale)).map((file) => [slugOf(collection, relative(join(base, locale), file)), file]),
      );
    const englishFiles = bySlug(defaultLocale);
    const translated = Object.fromEntries(languages.map((locale) => [locale, bySlug(locale)]));
    for (const [slug, englishFile] of [...englishFiles].sort(([a], [b]) => a.localeCompare(b))) {
      const hash = sourceHash(readFileSync(englishFile, 'utf8'));
      const states: TranslationRow['states'] = {};
      for (const locale of languages) {
        const file = translated[locale]!.get(slug);
        states[locale] = file
          ? { state: translationState(readRecord(readFileSync(file, 'utf8')), hash), file: relative(root, file) }
          : { state: 'missing' };
      }
      rows.push({ collection, slug, english: relative(root, englishFile), states });
    }
  }
  return rows;
}

/** The table as text: one line per page, one column per language, and a count of each state. */
export function formatTable(rows: readonly TranslationRow[], languages: readonly string[]): string {
  const names = rows.map((row) => `${row.collection}/${row.slug}`);
  const first = Math.max('page'.length, ...names.map((n) => n.length));
  const width = Math.max(...Object.values(stateLabels).map((l) => l.length), ...languages.map((l) => l.length));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(i === 0 ? first : width))
      .join('  ')
      .trimEnd();
  const out = [line(['page', ...languages]), line(['-'.repeat(first), ...languages.map(() => '-'.repeat(width))])];
  rows.forEach((row, i) => out.push(line([names[i]!, ...languages.map((l) => stateLabels[row.states[l]!.state])])));
  out.push('');
  for (const locale of languages) {
    const counts = new Map<TranslationState, number>();
    for (const row of rows) counts.set(row.states[locale]!.state, (counts.get(row.states[locale]!.state) ?? 0) + 1);
    out.push(`${locale}: ${[...counts].map(([state, n]) => `${n} ${stateLabels[state]}`).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

/** Record the current English hash in one translated file (`<locale>/<collection>/<slug>`). Returns the file changed. */
export function mark(root: string, target: string, reviewed: false | Date = false): string {
  const [locale, collection, ...rest] = target.split('/');
  const slug = rest.join('/');
  if (!locale || !collection || !slug)
    throw new Error(`Give the page as <locale>/<collection>/<slug>, e.g. es/pages/get-help (got "${target}").`);
  if (locale === defaultLocale || !(locales as readonly string[]).includes(locale)) {
    throw new Error(
      `"${locale}" is not a translated language: use one of ${locales.filter((l) => l !== defaultLocale).join(', ')}.`,
    );
  }
  if (!(COLLECTIONS as readonly string[]).includes(collection))
    throw new Error(`"${collection}" is not a collection: use one of ${COLLECTIONS.join(', ')}.`);
  const row = translationRows(root, [locale]).find((r) => r.collection === collection && r.slug === slug);
  if (!row)
    throw new Error(`No English file for ${collection}/${slug} (looked in content/${collection}/${defaultLocale}/).`);
  const file = row.states[locale]!.file;
  if (!file)
    throw new Error(
      `No ${locale} translation of ${collection}/${slug}: create content/${collection}/${locale}/${slug}.mdx first.`,
    );
  const source = sourceHash(readFileSync(join(root, row.english), 'utf8'));
  const path = join(root, file);
  writeFileSync(path, writeRecord(readFileSync(path, 'utf8'), { source, reviewed }));
  return file;
}

/** Every translated file without a `translation` block, as `<locale>/<collection>/<slug>`. */
export function unrecorded(
  root: string,
  languages: readonly string[] = locales.filter((l) => l !== defaultLocale),
): string[] {
  return translationRows(root, languages).flatMap((row) =>
    languages.filter((l) => row.states[l]!.state === 'unmarked').map((l) => `${l}/${row.collection}/${row.slug}`),
  );
}

function main(argv: string[]) {
  const root = process.cwd();
  const targets: string[] = [];
  let reviewed: false | Date = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--mark') targets.push(argv[++i] ?? '');
    else if (arg === '--mark-new') targets.push(...unrecorded(root));
    else if (arg === '--reviewed') {
      const value = argv[++i] ?? '';
      reviewed = new Date(`${value}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(reviewed.getTime()))
        throw new Error(`--reviewed takes a date, YYYY-MM-DD (got "${value}").`);
    } else
      throw new Error(
        `Unknown option "${arg}". Use no option (the table), --mark <locale>/<collection>/<slug> [--reviewed YYYY-MM-DD], or --mark-new.`,
      );
  }
  if (targets.length === 0) {
    const languages = locales.filter((l) => l !== defaultLocale);
    process.stdout.write(formatTable(translationRows(root, languages), languages));
    return;
  }
  for (const target of targets) {
    const file = mark(root, target, reviewed);
    console.log(
      `${file}: recorded the English source's hash, reviewed: ${reviewed === false ? 'false' : reviewed.toISOString().slice(0, 10)}`,
    );
  }
}

if (import.meta.main) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
