/**
 * The posts the site publishes, for pages and feeds. Drafts are left out of
 * production builds; every locale gets every post (translated or English).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/index.ts';
import { byNewest, isPublished } from './blog.ts';
import { resolveLocalized, type Resolved } from './localized-content.ts';

export type Post = CollectionEntry<'posts'>;
export type ResolvedPost = Resolved<Post>;

export async function publishedPosts(): Promise<Post[]> {
  return getCollection('posts', ({ data }) => isPublished(data, import.meta.env.PROD));
}

/** Every post for one page locale, newest first (by the date of the text shown). */
export function postsForLocale(posts: readonly Post[], locale: Locale): ResolvedPost[] {
  return resolveLocalized(posts, locale).sort((a, b) => byNewest(a.entry, b.entry));
}
