/**
 * Values worked out from a file, kept for as long as the file is unchanged: its size and
 * modification time are what they were when the value was made. Build steps use it so a file
 * read by many pages (a built page, an English original) is read once per build, while a file
 * changed meanwhile (in `npm run dev`, or by another step) is read again.
 */
import { statSync } from 'node:fs';

/** What identifies one state of a file: its size and modification time (nanoseconds). */
export function fileStamp(file: string): string {
  const { size, mtimeNs } = statSync(file, { bigint: true });
  return `${size}:${mtimeNs}`;
}

export interface FileCache<T> {
  /** The value for the file: kept if the file is unchanged since, else worked out again. */
  get(file: string): T;
  /** Keep a value for the file as it is now (after writing it, say). */
  set(file: string, value: T): void;
  clear(): void;
}

export function fileCache<T>(compute: (file: string) => T): FileCache<T> {
  const kept = new Map<string, { stamp: string; value: T }>();
  const set = (file: string, value: T) => void kept.set(file, { stamp: fileStamp(file), value });
  return {
    get(file) {
      const known = kept.get(file);
      if (known && known.stamp === fileStamp(file)) return known.value;
      const value = compute(file);
      set(file, value);
      return value;
    },
    set,
    clear: () => kept.clear(),
  };
}
