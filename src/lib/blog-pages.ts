/**
 * The pages of the post lists, in every language: the blog index (`/blog/`, `/blog/page/2/`, …)
 * and each tag's list (`/blog/tags/<tag>/`, `/blog/tags/<tag>/page/2/`, …), ten posts a page.
 * The list routes take `blogIndexStaticPaths` and `tagIndexStaticPaths` as their `getStaticPaths`
 * (build-time only: they read `astro:content`).
 */
import { langParam, locales, type Locale } from '@/i18n/index.ts';
import type { PostTag } from '@/config/tags.ts';
import { paginateList, tagCounts, type PageOf } from './blog.ts';
import { postsForLocale, publishedPosts, type ResolvedPost } from './collections.ts';
import { listPageParam } from './paths.ts';

export interface BlogIndexPage {
  locale: Locale;
  page: PageOf<ResolvedPost>;
  /** Every tag in use in this language, with its number of posts. */
  tags: Map<string, number>;
}

export interface TagIndexPage extends BlogIndexPage {
  tag: PostTag;
}

export async function blogIndexPages(): Promise<BlogIndexPage[]> {
  const posts = await publishedPosts();
  return locales.flatMap((locale) => {
    const list = postsForLocale(posts, locale);
    const tags = tagCounts(list.map((p) => p.entry));
    return paginateList(list).map((page) => ({ locale, page, tags }));
  });
}

/** Tag pages exist for the tags in use in each language. */
export async function tagIndexPages(): Promise<TagIndexPage[]> {
  const posts = await publishedPosts();
  return locales.flatMap((locale) => {
    const list = postsForLocale(posts, locale);
    const tags = tagCounts(list.map((p) => p.entry));
    return [...tags.keys()].flatMap((tag) =>
      paginateList(list.filter((p) => p.entry.data.tags.includes(tag as PostTag))).map((page) => ({
        locale,
        tag: tag as PostTag,
        page,
        tags,
      })),
    );
  });
}

/**
 * `getStaticPaths` of the post-list routes (`blog/[...page].astro`, `blog/tags/[tag]/[...page].astro`):
 * every page of every list, page 1 at the list's own address, page 2 at `page/2/` below it.
 */
function listPaths<T extends BlogIndexPage & { tag?: PostTag }>(pages: T[]) {
  return pages.map((props) => ({
    params: {
      lang: langParam(props.locale),
      ...(props.tag ? { tag: props.tag } : {}),
      page: listPageParam(props.page.current),
    },
    props,
  }));
}

export const blogIndexStaticPaths = async () => listPaths(await blogIndexPages());
export const tagIndexStaticPaths = async () => listPaths(await tagIndexPages());
