/**
 * The one way to list the pages of a build: every HTML file in `dist/` with the
 * URL path a static host serves it at. Used by the steps after the build and by
 * the tests and benchmarks that read the built site. The steps after the build
 * (the sitemap's canonical check, page-css, the security-headers gate) read
 * each page's text through `readBuiltPage`, so a page is read from disk once
 * per build, not once per step.
 */
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileCache } from './file-cache.ts';

export interface BuiltPage {
  /** The file on disk. */
  file: string;
  /** Its URL path: `/campaigns/my-campaign/`, or `/es/404.html` for a file not named index.html. */
  path: string;
}

export function builtPages(dist: string): BuiltPage[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { file, path: urlPathOf(relative(dist, file).split(sep).join('/')) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** `campaigns/stockton/index.html` → `/campaigns/my-campaign/`; `es/404.html` → `/es/404.html`. */
export function urlPathOf(relativeFile: string): string {
  if (relativeFile === 'index.html') return '/';
  if (relativeFile.endsWith('/index.html')) return `/${relativeFile.slice(0, -'index.html'.length)}`;
  return `/${relativeFile}`;
}

/** The web editor's page (src/integrations/admin.ts): built into the site, but no public page. */
export const ADMIN_PAGE = '/admin/';

/** Is this URL path the web editor or one of its files? */
export function isAdminPath(path: string): boolean {
  return path === ADMIN_PAGE || path.startsWith(ADMIN_PAGE);
}

/**
 * The pages visitors read: every built page but the web editor at /admin/, which has its own
 * policy and its own tests (tests/e2e/admin.spec.ts). The public-page gates (every-page checks,
 * page weight, prose) run on these.
 */
export function publicPages(dist: string): BuiltPage[] {
  return builtPages(dist).filter((page) => !isAdminPath(page.path));
}

/**
 * The text of built pages already read in this process: a file changed on disk since (by a step
 * that does not write through `writeBuiltPage`) is read again, so a reader never gets a page's old text.
 */
const texts = fileCache((file) => readFileSync(file, 'utf8'));

/** A built page's text, read from disk only the first time (or when the file has changed since). */
export function readBuiltPage(file: string): string {
  return texts.get(file);
}

/** Write a built page, keeping its new text for the next `readBuiltPage`. */
export function writeBuiltPage(file: string, text: string): void {
  writeFileSync(file, text);
  texts.set(file, text);
}

/** A part of a page's text, `[start, end)` in string indices, and what replaces it. */
export interface PageEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Replace parts of a built page (edits in order, not overlapping) and keep its new text for the next
 * `readBuiltPage`. When every replacement is as many bytes as what it replaces (a stylesheet's name
 * changing its hash, in page-css), only those bytes are written, in place; otherwise the whole page.
 * The file ends up the same either way. The new text is kept as joined pieces of the old one (a
 * string concatenation copies no characters), so an edit that only writes bytes copies no page.
 */
export function editBuiltPage(file: string, edits: readonly PageEdit[]): void {
  const text = readBuiltPage(file);
  let edited = '';
  let at = 0;
  for (const edit of edits) {
    edited += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  edited += text.slice(at);
  if (edits.every((e) => Buffer.byteLength(e.text) === Buffer.byteLength(text.slice(e.start, e.end))))
    writeInPlace(file, text, edits);
  else writeFileSync(file, edited);
  texts.set(file, edited);
}

/** Write the edits' bytes over the bytes they replace (each replacement as long as what it replaces). */
function writeInPlace(file: string, text: string, edits: readonly PageEdit[]): void {
  const fd = openSync(file, 'r+');
  try {
    let byte = 0;
    let at = 0;
    for (const edit of edits) {
      byte += Buffer.byteLength(text.slice(at, edit.start));
      const bytes = Buffer.from(edit.text);
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, byte + done);
      byte += bytes.length;
      at = edit.end;
    }
  } finally {
    closeSync(fd);
  }
}

/** Drop the texts kept by `readBuiltPage` (after the last step that reads the pages). */
export function forgetBuiltPages(): void {
  texts.clear();
}
