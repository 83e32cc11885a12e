/**
 * The opening words of the text `npm run new:post` writes for the author to
 * replace (`newPost.description` and `newPost.body` in every language's
 * strings file, src/i18n/ui/<code>.ts). A published post must not contain them.
 */
import { existsSync } from 'node:fs';
import { locales } from '@/i18n/locales.ts';
import type { UIStrings } from '@/i18n/translate.ts';

const PLACEHOLDER_KEYS = ['newPost.description', 'newPost.body'] as const;

// A language whose strings file is missing is reported by src/i18n/translations.ts; here it is skipped.
const files = locales
  .map((locale) => new URL(`../i18n/ui/${locale}.ts`, import.meta.url))
  .filter((file) => existsSync(file));
const strings = await Promise.all(
  files.map(async (file) => ((await import(/* @vite-ignore */ file.href)) as { default: UIStrings }).default),
);

/** "Replace this with a one-sentence summary of the post", "Write the post here", … */
export const placeholderMarkers: readonly string[] = strings.flatMap((s) =>
  PLACEHOLDER_KEYS.map((key) => String(s[key]).split(/[.;,]/)[0]!.trim()),
);
