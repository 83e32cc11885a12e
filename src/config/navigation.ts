import type { Locale, UIKey } from '@/i18n/index.ts';
import { blogPath, campaignsPath, homePath, pagePath, signsPath, statsPath } from '@/lib/paths.ts';

/** The main navigation, in order: each item's address in a given language, and its label. */
export const navigation: { href: (locale: Locale) => string; label: UIKey }[] = [
  { href: homePath, label: 'nav.home' },
  { href: campaignsPath, label: 'nav.campaigns' },
  { href: signsPath, label: 'nav.signs' },
  { href: statsPath, label: 'nav.stats' },
  { href: (locale) => blogPath(locale), label: 'nav.blog' },
  { href: (locale) => pagePath('get-help', locale), label: 'nav.getHelp' },
  { href: (locale) => pagePath('support', locale), label: 'nav.support' },
];
