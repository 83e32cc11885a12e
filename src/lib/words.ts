/**
 * Search in languages written without spaces between words (Khmer).
 *
 * Pagefind finds words by splitting text at white space. Khmer puts spaces only between phrases, so
 * "ជួញដូរ" (trafficking) inside "ការជួញដូរមនុស្ស" (human trafficking) was never a word of the index, and
 * the Khmer search found nothing for it. So, for such a language:
 * - the search index is built from a copy of each page whose words are separated by a hair space
 *   (`separateWords`, with the dictionary-based word breaks of `Intl.Segmenter`); the page itself is
 *   never changed, and the hair space is white space to Pagefind;
 * - the words typed into the search box are separated the same way before they are searched for;
 * - the titles and excerpts that come back have the separators taken out again (`joinWords`), so
 *   the reader sees the text as written.
 *
 * Used by the search-index build step (scripts/search-index.ts) and the search page's script.
 */

/** The separator put between words: U+200A HAIR SPACE, white space that appears nowhere else. */
export const WORD_SEPARATOR = '\u200A';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) segmenters.set(lang, (found = new Intl.Segmenter(lang, { granularity: 'word' })));
  return found;
}

/**
 * The text with a separator between every two words of `script` that touch (an ISO 15924 code,
 * e.g. `Khmr`). Spaces, punctuation and text in other scripts are left as they are.
 */
export function separateWords(text: string, lang: string, script: string): string {
  const run = new RegExp(`\\p{Script=${script}}+`, 'gu');
  return text.replace(run, (letters) => {
    let out = '';
    let previousWord = false;
    for (const { segment, isWordLike } of segmenter(lang).segment(letters)) {
      if (isWordLike && previousWord) out += WORD_SEPARATOR;
      out += segment;
      previousWord = Boolean(isWordLike);
    }
    return out;
  });
}

/**
 * Takes the separators out of a title or an excerpt from the index: any white space between two
 * letters (or marks or digits) of `script`, also where a `<mark>` around a found word starts or ends in between.
 * (Pagefind writes every separator of an excerpt as a plain space, so a space the text itself had
 * between two such letters goes too: in Khmer those are pauses between phrases, and the excerpt
 * stays readable.)
 */
export function joinWords(text: string, script: string): string {
  // A letter, mark or digit of the script: not its punctuation (a space after "។", the Khmer full stop, stays).
  const letter = `(?=[\\p{L}\\p{M}\\p{N}])\\p{Script=${script}}`;
  return text.replace(new RegExp(`(${letter})((?:</?mark>)?)\\s+((?:</?mark>)?)(?=${letter})`, 'gu'), '$1$2$3');
}

/**
 * A built page's HTML as the search index reads it: for a page whose `<html lang>` is written
 * without spaces between words (`scriptOf` gives its script), its text with the words separated;
 * any other page unchanged. Only text between tags changes: attributes (addresses, classes, data)
 * stay as they are.
 */
export function indexedHtml(html: string, scriptOf: (lang: string) => string | undefined): string {
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
  const script = lang ? scriptOf(lang) : undefined;
  if (!lang || !script) return html;
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${separateWords(text, lang, script)}<`);
}
