/** What src/middleware.ts puts on `Astro.locals` for every page and endpoint. */
declare namespace App {
  interface Locals {
    /** The page's language, from its address. */
    locale: import('./i18n/locales.ts').Locale;
    /** Interface strings in the page's language: `t('hotline.call', { number })`. */
    t: import('./i18n/translate.ts').Translate;
    /** A unique `id` on this page for a component that may appear twice (src/lib/element-ids.ts). */
    elementId: (name: string) => string;
    /**
     * Set by pages that show a campaign's content (its page, its posts, its kit): the campaign's
     * help-line region and donation page. Unset elsewhere: the site's defaults (src/lib/help-context.ts).
     */
    help?: import('./lib/help-context.ts').HelpContext;
  }
}
