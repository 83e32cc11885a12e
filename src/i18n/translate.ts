/**
 * Looking strings up: pure functions, so unit tests and scripts can use them
 * with a strings file they import themselves. Pages and components get a
 * ready `t` for their language from `Astro.locals.t` (src/middleware.ts).
 */
import type { UIKey, UIStrings } from './ui/en.ts';

export type { UIKey, UIStrings } from './ui/en.ts';
export type Params = Record<string, string | number>;
export type Translate = (key: UIKey, params?: Params) => string;

/**
 * Fill `{name}` placeholders; a placeholder without a value is an error, not a silent gap. Every page
 * looks up dozens of strings, most without placeholders: those are returned as they are, with no
 * regular expression run and nothing allocated.
 */
export function interpolate(template: string, params?: Params): string {
  if (!template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!params || !(name in params)) throw new Error(`Missing value for "{${name}}" in "${template}"`);
    return String(params[name]);
  });
}
const PLACEHOLDER = /\{(\w+)\}/g;

/** `t(key, params)` over one language's strings. */
export function translator(strings: UIStrings): Translate {
  return (key, params) => interpolate(strings[key], params);
}

/**
 * A UI string split around one placeholder, so that its value can get an element of its own, e.g.
 * an English title inside a Khmer sentence marked with `lang="en"`. The placeholder must occur once.
 */
export function splitAround(
  t: Translate,
  key: UIKey,
  name: string,
  params: Params = {},
): [before: string, after: string] {
  const marker = '\u0000';
  const parts = t(key, { ...params, [name]: marker }).split(marker);
  if (parts.length !== 2) throw new Error(`"${key}" must use {${name}} exactly once`);
  return [parts[0]!, parts[1]!];
}

/**
 * Pair the strings files (`{ './ui/es.ts': module }`, as `import.meta.glob`
 * returns them) with the locales list. A language without a strings file, or a
 * strings file without a language, stops the build naming the file to add.
 */
export function stringsByLocale<L extends string>(
  files: Record<string, { default: UIStrings }>,
  locales: readonly L[],
): Record<L, UIStrings> {
  const byCode = new Map<string, UIStrings>();
  for (const [path, module] of Object.entries(files)) {
    const code = /([^/]+)\.ts$/.exec(path)?.[1];
    if (!code) continue;
    if (!(locales as readonly string[]).includes(code)) {
      throw new Error(`src/i18n/ui/${code}.ts has no entry in src/i18n/locales.ts: add one, or remove the file.`);
    }
    byCode.set(code, module.default);
  }
  const missing = locales.filter((locale) => !byCode.has(locale));
  if (missing.length > 0) {
    throw new Error(
      `No interface strings for ${missing.map((l) => `"${l}"`).join(', ')}: add ${missing.map((l) => `src/i18n/ui/${l}.ts`).join(', ')} (copy src/i18n/ui/es.ts and translate it).`,
    );
  }
  return Object.fromEntries(byCode) as Record<L, UIStrings>;
}
