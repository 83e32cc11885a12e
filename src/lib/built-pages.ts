/**
 * The one way to list the pages of a build: every HTML file in `dist/` with the
 * URL path a static host serves it at. Used by the steps after the build and by
 * the tests and benchmarks that read the built site. The steps after the build
 * (the sitemap's canonical check, page-css, the security-headers gate) read
 * each page through `readBuiltMarkup`, so a page is read from disk once per
 * build, not once per step, and mostly not decoded at all (see PageMarkup).
 */
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { join, relative, sep } from 'node:path';
import { fileCache } from './file-cache.ts';

export interface BuiltPage {
  /** The file on disk. */
  file: string;
  /** Its URL path: `/campaigns/my-campaign/`, or `/es/404.html` for a file not named index.html. */
  path: string;
}

/**
 * Every page of the build, by URL path (`localeCompare`); `{ sorted: false }` in the order the folders
 * were read, for a step that visits every page and whose result does not depend on the order.
 */
export function builtPages(dist: string, { sorted = true }: { sorted?: boolean } = {}): BuiltPage[] {
  const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { file, path: urlPathOf(relative(dist, file).split(sep).join('/')) };
    });
  return sorted ? pages.sort(byPath) : pages;
}

/** The order of `builtPages`: by URL path. */
export const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);

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
 * A built page as the steps after the build scan it for markup (tags, attributes, links, scripts).
 * Most pages are read as bytes (`bytes: true`): `text` has one character per byte of the file
 * (Latin-1), which costs no decoding and half the memory of a page's UTF-8 text with any character
 * beyond Latin-1 (most pages: a curly quote, Khmer). Every search the steps make is written with
 * ASCII characters, `\s`, `\b`, classes of ASCII characters and their negations, so it finds the same
 * places in the bytes as in the text, with one exception: `\s` also matches characters beyond ASCII
 * (U+00A0, U+2028, …), and the byte 0xA0 (a part of many characters: à, ហ, ਠ). A page with a byte
 * 0xA0, the bytes of such a character, or bytes that are not UTF-8 is decoded (`bytes: false`).
 * What a step cuts out of `text` (an address, a class name) is turned into text by `markupText`.
 */
export interface PageMarkup {
  text: string;
  bytes: boolean;
}

/** The UTF-8 byte sequences of the characters beyond ASCII that `\s` matches, but for those with a byte 0xA0, by their first two bytes. */
const WIDE_SPACES = (() => {
  const byPrefix = new Map<number, Set<number>>();
  for (let c = 0x80; c <= 0xffff; c++) {
    if (!/\s/.test(String.fromCharCode(c))) continue;
    const bytes = Buffer.from(String.fromCharCode(c));
    if (bytes.includes(0xa0)) continue;
    if (bytes.length !== 3) throw new Error(`U+${c.toString(16)}: a space of ${bytes.length} bytes`);
    const prefix = (bytes[0]! << 8) | bytes[1]!;
    byPrefix.set(prefix, (byPrefix.get(prefix) ?? new Set()).add(bytes[2]!));
  }
  return [...byPrefix].map(([prefix, last]) => ({ prefix: Buffer.from([prefix >> 8, prefix & 0xff]), last }));
})();

/** Can these bytes be scanned as they are (see PageMarkup)? */
export function scannableAsBytes(bytes: Buffer): boolean {
  if (bytes.includes(0xa0)) return false;
  for (const { prefix, last } of WIDE_SPACES)
    for (let at = bytes.indexOf(prefix); at >= 0; at = bytes.indexOf(prefix, at + 2))
      if (last.has(bytes[at + 2]!)) return false;
  return isUtf8(bytes);
}

/** A page's markup from its bytes. */
export function markupOf(bytes: Buffer): PageMarkup {
  return scannableAsBytes(bytes)
    ? { text: bytes.toString('latin1'), bytes: true }
    : { text: bytes.toString('utf8'), bytes: false };
}

/** The text of a part cut out of a page's markup text (whole characters: cut at ASCII markup). */
export function markupText(markup: PageMarkup, part: string): string {
  return markup.bytes && /[\u0080-\u00ff]/.test(part) ? Buffer.from(part, 'latin1').toString('utf8') : part;
}

/** Some text as it appears in a page's markup text (to compare with parts of it). */
export function asMarkup(markup: PageMarkup, text: string): string {
  return markup.bytes ? Buffer.from(text).toString('latin1') : text;
}

/**
 * The markup of built pages already read in this process: a file changed on disk since (by a step
 * that does not write through `writeBuiltPage`) is read again, so a reader never gets a page's old text.
 */
const texts = fileCache((file) => markupOf(readFileSync(file)));

/** A built page's markup, read from disk only the first time (or when the file has changed since). */
export function readBuiltMarkup(file: string): PageMarkup {
  return texts.get(file);
}

/** `readBuiltMarkup`, or `undefined` when there is no such file. */
export function readBuiltMarkupIfAny(file: string): PageMarkup | undefined {
  try {
    return texts.get(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** A built page's text (`readBuiltMarkup`, decoded). */
export function readBuiltPage(file: string): string {
  const markup = texts.get(file);
  return markupText(markup, markup.text);
}

/** Write a built page, keeping its new text for the next reader. */
export function writeBuiltPage(file: string, text: string): void {
  const bytes = Buffer.from(text);
  writeFileSync(file, bytes);
  texts.set(file, markupOf(bytes));
}

/** A part of a page's markup text, `[start, end)` in its indices, and the text that replaces it. */
export interface PageEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Replace parts of a built page (edits in order, not overlapping) and keep its new markup for the next
 * reader. `markup` is the page's markup as `readBuiltMarkup` gave it in this step (read again if not
 * given). When every replacement is as many bytes as what it replaces (a stylesheet's name changing its
 * hash, in page-css), only those bytes are written, in place; otherwise the whole page. The file ends up
 * the same either way. The new markup is kept as joined pieces of the old one (a string concatenation
 * copies no characters), so an edit that only writes bytes copies no page.
 */
export function editBuiltPage(file: string, edits: readonly PageEdit[], markup = readBuiltMarkup(file)): void {
  const { text } = markup;
  const byteLength = (from: number, to: number) => (markup.bytes ? to - from : Buffer.byteLength(text.slice(from, to)));
  const replacements = edits.map((e) => Buffer.from(e.text));
  let edited = '';
  let at = 0;
  edits.forEach((edit, i) => {
    edited += text.slice(at, edit.start) + (markup.bytes ? replacements[i]!.toString('latin1') : edit.text);
    at = edit.end;
  });
  edited += text.slice(at);
  if (edits.every((e, i) => replacements[i]!.length === byteLength(e.start, e.end)))
    writeInPlace(file, edits, replacements, byteLength);
  else writeFileSync(file, markup.bytes ? Buffer.from(edited, 'latin1') : edited);
  // Joining whole characters cannot make bytes unscannable, but a replacement can be.
  texts.set(
    file,
    markup.bytes && !replacements.every(scannableAsBytes)
      ? markupOf(Buffer.from(edited, 'latin1'))
      : { text: edited, bytes: markup.bytes },
  );
}

/** Write the edits' bytes over the bytes they replace (each replacement as long as what it replaces). */
function writeInPlace(
  file: string,
  edits: readonly PageEdit[],
  replacements: readonly Buffer[],
  byteLength: (from: number, to: number) => number,
): void {
  const fd = openSync(file, 'r+');
  try {
    let byte = 0;
    let at = 0;
    edits.forEach((edit, i) => {
      byte += byteLength(at, edit.start);
      const bytes = replacements[i]!;
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, byte + done);
      byte += bytes.length;
      at = edit.end;
    });
  } finally {
    closeSync(fd);
  }
}

/** Drop the texts kept by `readBuiltPage` (after the last step that reads the pages). */
export function forgetBuiltPages(): void {
  texts.clear();
}
