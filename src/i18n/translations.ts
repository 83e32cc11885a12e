/**
 * Every language's interface strings, found by file name: `src/i18n/ui/<code>.ts`
 * for each entry in src/i18n/locales.ts. Build-time only (it uses Vite's
 * `import.meta.glob`); unit tests use the pure helpers in ./translate.ts.
 */
import { locales, type Locale } from './locales.ts';
import { stringsByLocale, translator, type Translate, type UIStrings } from './translate.ts';

const dictionaries = stringsByLocale(import.meta.glob<{ default: UIStrings }>('./ui/*.ts', { eager: true }), locales);

/** `t(key, params)` in one language. Pages and components use `Astro.locals.t` for their own language. */
export function useTranslations(locale: Locale): Translate {
  return translator(dictionaries[locale]);
}
