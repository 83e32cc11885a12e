/**
 * Put markup (a link, a span with its own `lang`) inside a translated
 * sentence: translate with `PLACE` as the value, then split around it.
 */
export const PLACE = '\u0000';

export function aroundPlace(text: string): [string, string] {
  const at = text.indexOf(PLACE);
  if (at < 0) throw new Error(`No placeholder in "${text}"`);
  return [text.slice(0, at), text.slice(at + PLACE.length)];
}
