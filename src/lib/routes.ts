import { langParam, locales, type Locale } from '../i18n/index.ts';

/** `getStaticPaths` entries for a page that exists once per locale under `[...lang]`. */
export function localeStaticPaths() {
  return locales.map((locale: Locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}
