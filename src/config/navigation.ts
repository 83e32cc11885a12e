import type { UIKey } from '../i18n/index.ts';

/** The main navigation, in order. Paths are locale-neutral. */
export const navigation: { path: string; label: UIKey }[] = [
  { path: '/', label: 'nav.home' },
  { path: '/campaigns/', label: 'nav.campaigns' },
  { path: '/signs/', label: 'nav.signs' },
  { path: '/stats/', label: 'nav.stats' },
  { path: '/blog/', label: 'nav.blog' },
  { path: '/get-help/', label: 'nav.getHelp' },
  { path: '/support/', label: 'nav.support' },
];
