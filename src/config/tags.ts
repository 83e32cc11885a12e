/**
 * The tags posts may use. A post's `tags` are these keys (the same in every
 * language); each key is the tag page's address, `/blog/tags/<key>/`, and its
 * label is the string `tag.<key>` in every src/i18n/ui/<code>.ts. To add a tag,
 * add it here and its label to each strings file (`npm run check` names any
 * file that lacks it). The build refuses a post whose tag is not listed.
 */
import type { Translate } from '@/i18n/translate.ts';

export const postTagKeys = [
  'campaigns',
  'stockton',
  'healthcare',
  'food-industry',
  'labour-exploitation',
  'united-kingdom',
  'staying-safe',
  'stop-app',
] as const;

export type PostTag = (typeof postTagKeys)[number];

export function isPostTag(value: string): value is PostTag {
  return (postTagKeys as readonly string[]).includes(value);
}

/** A tag's label in the language of `t`. */
export function tagLabel(tag: PostTag, t: Translate): string {
  return t(`tag.${tag}`);
}
