/**
 * The posts the site publishes, for pages and feeds. Drafts and posts dated
 * after the build day are left out of production builds (see publishing.ts);
 * every locale gets every post (translated or English).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';
import { site } from '../config/site.ts';
import { byNewest } from './blog.ts';
import { buildDay, isPublished } from './publishing.ts';
import { resolveLocalized, type Resolved } from './localized-content.ts';

export type Post = CollectionEntry<'posts'>;
export type ResolvedPost = Resolved<Post>;

/** The day this build publishes up to (posts dated later wait for a later build): fixed once per build. */
export const BUILD_DAY = buildDay(process.env.BUILD_DATE, site.publishingTimeZone);

export async function publishedPosts(): Promise<Post[]> {
  return getCollection('posts', ({ data }) => isPublished(data, import.meta.env.PROD, BUILD_DAY));
}

/** Every post for one page locale, newest first (by the date of the text shown). */
export function postsForLocale(posts: readonly Post[], locale: Locale): ResolvedPost[] {
  return resolveLocalized(posts, locale).sort((a, b) => byNewest(a.entry, b.entry));
}
