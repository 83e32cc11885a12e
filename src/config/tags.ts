/**
 * The tags posts may use. A post's `tags` are these keys (the same in every
 * language); each key is the tag page's address, `/blog/tags/<key>/`, and has
 * a label per language. To add a tag, add a line here: the build refuses a
 * post whose tag is not listed, so every tag page exists in every language.
 */
import type { Locale } from '../i18n/locales.ts';

export const postTags = {
  campaigns: { en: 'Campaigns', es: 'Campañas', pa: 'ਮੁਹਿੰਮਾਂ' },
  stockton: { en: 'Stockton', es: 'Stockton', pa: 'ਸਟਾਕਟਨ' },
  healthcare: { en: 'Healthcare', es: 'Salud', pa: 'ਸਿਹਤ ਸੇਵਾਵਾਂ' },
  'food-industry': { en: 'Food industry', es: 'Industria alimentaria', pa: 'ਖਾਣ-ਪੀਣ ਦਾ ਕਾਰੋਬਾਰ' },
  'labour-exploitation': { en: 'Labour exploitation', es: 'Explotación laboral', pa: 'ਮਜ਼ਦੂਰੀ ਵਿੱਚ ਸ਼ੋਸ਼ਣ' },
  'united-kingdom': { en: 'United Kingdom', es: 'Reino Unido', pa: 'ਬਰਤਾਨੀਆ (UK)' },
  'staying-safe': { en: 'Staying safe', es: 'Seguridad', pa: 'ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ' },
  'stop-app': { en: 'STOP APP', es: 'STOP APP', pa: 'STOP APP' },
} as const satisfies Record<string, Record<Locale, string>>;

export type PostTag = keyof typeof postTags;

export const postTagKeys = Object.keys(postTags) as PostTag[];

export function isPostTag(value: string): value is PostTag {
  return Object.hasOwn(postTags, value);
}

export function tagLabel(tag: PostTag, locale: Locale): string {
  return postTags[tag][locale];
}
