/**
 * The tags posts may use. A post's `tags` are these keys (the same in every
 * language); each key is the tag page's address, `/blog/tags/<key>/`, and has
 * a label per language. To add a tag, add a line here: the build refuses a
 * post whose tag is not listed, so every tag page exists in every language.
 */
import type { Locale } from '../i18n/locales.ts';

export const postTags = {
  campaigns: { en: 'Campaigns', es: 'Campañas', hmn: 'Phiaj xwm' },
  stockton: { en: 'Stockton', es: 'Stockton', hmn: 'Stockton' },
  healthcare: { en: 'Healthcare', es: 'Salud', hmn: 'Kev kho mob' },
  'food-industry': { en: 'Food industry', es: 'Industria alimentaria', hmn: 'Kev lag luam khoom noj' },
  'labour-exploitation': { en: 'Labour exploitation', es: 'Explotación laboral', hmn: 'Kev tsim txom neeg ua haujlwm' },
  'united-kingdom': { en: 'United Kingdom', es: 'Reino Unido', hmn: 'Teb chaws Askiv (UK)' },
  'staying-safe': { en: 'Staying safe', es: 'Seguridad', hmn: 'Kev nyab xeeb' },
  'stop-app': { en: 'STOP APP', es: 'STOP APP', hmn: 'STOP APP' },
} as const satisfies Record<string, Record<Locale, string>>;

export type PostTag = keyof typeof postTags;

export const postTagKeys = Object.keys(postTags) as PostTag[];

export function isPostTag(value: string): value is PostTag {
  return Object.hasOwn(postTags, value);
}

export function tagLabel(tag: PostTag, locale: Locale): string {
  return postTags[tag][locale];
}
