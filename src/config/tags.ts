/**
 * The tags posts may use. A post's `tags` are these keys (the same in every
 * language); each key is the tag page's address, `/blog/tags/<key>/`, and has
 * a label per language. To add a tag, add a line here: the build refuses a
 * post whose tag is not listed, so every tag page exists in every language.
 */
import type { Locale } from '../i18n/locales.ts';

export const postTags = {
  campaigns: { en: 'Campaigns', es: 'Campañas', km: 'យុទ្ធនាការ' },
  stockton: { en: 'Stockton', es: 'Stockton', km: 'ស្តុកតុន' },
  healthcare: { en: 'Healthcare', es: 'Salud', km: 'សុខាភិបាល' },
  'food-industry': { en: 'Food industry', es: 'Industria alimentaria', km: 'ឧស្សាហកម្មម្ហូបអាហារ' },
  'labour-exploitation': { en: 'Labour exploitation', es: 'Explotación laboral', km: 'ការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម' },
  'united-kingdom': { en: 'United Kingdom', es: 'Reino Unido', km: 'ចក្រភពអង់គ្លេស' },
  'staying-safe': { en: 'Staying safe', es: 'Seguridad', km: 'សុវត្ថិភាព' },
  'stop-app': { en: 'STOP APP', es: 'STOP APP', km: 'STOP APP' },
} as const satisfies Record<string, Record<Locale, string>>;

export type PostTag = keyof typeof postTags;

export const postTagKeys = Object.keys(postTags) as PostTag[];

export function isPostTag(value: string): value is PostTag {
  return Object.hasOwn(postTags, value);
}

export function tagLabel(tag: PostTag, locale: Locale): string {
  return postTags[tag][locale];
}
