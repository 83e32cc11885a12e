/**
 * One RSS feed per language: `/rss.xml` and `/es/rss.xml`. A feed lists the
 * posts written in its language (an English post not yet translated is in the
 * English feed only), newest first, with absolute links.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '@/config/site.ts';
import { tagLabel } from '@/config/tags.ts';
import { localeInfo } from '@/i18n/index.ts';
import { postsForLocale, publishedPosts } from '@/lib/collections.ts';
import { absoluteUrl, blogPath, localeStaticPaths, postPath } from '@/lib/paths.ts';

export function getStaticPaths() {
  return localeStaticPaths();
}

export async function GET(context: APIContext) {
  const { locale, t } = context.locals;
  const base = context.site ?? new URL(site.siteUrl);
  const posts = postsForLocale(await publishedPosts(), locale).filter((p) => p.translated);
  return rss({
    title: t('blog.rssTitle', { site: t('site.name') }),
    description: t('blog.description'),
    site: absoluteUrl(blogPath(locale), base),
    trailingSlash: true,
    customData: `<language>${localeInfo[locale].lang}</language>`,
    items: posts.map(({ entry, slug }) => ({
      title: entry.data.title,
      description: entry.data.description,
      pubDate: entry.data.published,
      link: absoluteUrl(postPath(slug, locale), base),
      categories: entry.data.tags.map((tag) => tagLabel(tag, t)),
    })),
  });
}
