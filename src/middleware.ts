/**
 * Runs before every page and endpoint is rendered (at build time for this
 * static site): works out the page's language from its address and puts it,
 * with `t` for that language, on `Astro.locals`. Components read
 * `Astro.locals.locale` and `Astro.locals.t` instead of taking a locale prop.
 * The types are in src/env.d.ts.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeFromPath } from '@/i18n/index.ts';
import { useTranslations } from '@/i18n/translations.ts';
import { elementIdCounter } from '@/lib/element-ids.ts';

export const onRequest = defineMiddleware((context, next) => {
  const locale = localeFromPath(context.url.pathname);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  context.locals.elementId = elementIdCounter();
  return next();
});
