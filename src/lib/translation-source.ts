/**
 * Build-time side of the translation status (src/lib/translation-status.ts):
 * reads the English source file to hash it, and finds the day the English last
 * changed. That day comes from Git, the date of the last commit that touched
 * the English file (true and the same in any full clone, so CI shows what a
 * developer sees); when the file is not committed as it is (a local edit, or a
 * copy outside Git) it falls back to the English `updated` field, and when there
 * is none the note says the English changed without giving a date.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileCache } from './file-cache.ts';
import { sourceHash, translationState, type TranslationRecord, type TranslationState } from './translation-status.ts';

let commitDates: Map<string, string> | undefined;

function git(args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** `content/…` path → `YYYY-MM-DD` of the last commit that changed it, for files committed as they are. */
export function lastCommitDates(): Map<string, string> {
  if (commitDates) return commitDates;
  commitDates = new Map();
  try {
    const prefix = git(['rev-parse', '--show-prefix']).trim();
    const changed = new Set(
      git(['status', '--porcelain', '--untracked-files=all', '--', 'content'])
        .split('\n')
        .map((line) => line.slice(3).trim())
        .filter(Boolean),
    );
    let date: string | undefined;
    for (const line of git(['log', '--format=@%cs', '--name-only', '--', 'content']).split('\n')) {
      if (line.startsWith('@')) date = line.slice(1);
      else if (line && date) {
        const file = prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line;
        if (!commitDates.has(file) && !changed.has(line)) commitDates.set(file, date);
      }
    }
  } catch {
    // Not a Git checkout (a copy of the project): the English `updated` field is used instead.
  }
  return commitDates;
}

export interface TranslationStatus {
  state: TranslationState;
  /** When the English changed, if that can be told truthfully. */
  englishUpdated?: Date;
}

interface Translated {
  data: { translation?: TranslationRecord };
}
interface English {
  filePath?: string;
  data: { updated?: Date };
}

export function translationStatus(translated: Translated, english: English): TranslationStatus {
  const { hash, englishUpdated } = englishSource(english);
  return { state: translationState(translated.data.translation, hash), englishUpdated };
}

/** What every translation of one English entry compares itself with: its hash, and the day it last changed. */
function englishSource(english: English): { hash: string; englishUpdated?: Date } {
  const { filePath } = english;
  if (!filePath) throw new Error('The English entry has no file path to hash.');
  let source = keepSources ? englishSources.get(english) : undefined;
  if (source === undefined) {
    const committed = lastCommitDates().get(filePath.replace(/^\.\//, ''));
    source = {
      hash: englishHashes.get(filePath),
      englishUpdated: committed ? new Date(`${committed}T00:00:00Z`) : english.data.updated,
    };
    if (keepSources) englishSources.set(english, source);
  }
  return source;
}

/** The hash of each English file, worked out once for all its translations' pages (again if the file changes). */
const englishHashes = fileCache((filePath) => sourceHash(readFileSync(filePath, 'utf8')));
/**
 * In a production build the English entries do not change: each one's source is worked out for
 * its first translation's page and kept (without asking the file system again) for the others.
 * `npm run dev` and the scripts check the file every time (`import.meta.env` is Vite's).
 */
const keepSources = import.meta.env?.PROD === true;
const englishSources = new WeakMap<English, { hash: string; englishUpdated?: Date }>();
