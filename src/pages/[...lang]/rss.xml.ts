/**
 * One RSS feed per language: `/rss.xml` and `/es/rss.xml`. A feed lists the
 * posts written in its language (an English post not yet translated is in the
 * English feed only), newest first, with absolute links.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../../config/site.ts';
import { tagLabel } from '../../config/tags.ts';
import { langParam, localeFromParam, localeInfo, localizePath, locales, useTranslations } from '../../i18n/index.ts';
import { postPath } from '../../lib/blog.ts';
import { postsForLocale, publishedPosts } from '../../lib/post-collection.ts';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { lang: langParam(locale) } }));
}

export async function GET(context: APIContext) {
  const locale = localeFromParam(context.params.lang);
  const t = useTranslations(locale);
  const base = context.site ?? new URL(site.siteUrl);
  const posts = postsForLocale(await publishedPosts(), locale).filter((p) => p.translated);
  return rss({
    title: t('blog.rssTitle', { site: t('site.name') }),
    description: t('blog.description'),
    site: new URL(localizePath('/blog/', locale), base).href,
    trailingSlash: true,
    customData: `<language>${localeInfo[locale].lang}</language>`,
    items: posts.map(({ entry, slug }) => ({
      title: entry.data.title,
      description: entry.data.description,
      pubDate: entry.data.published,
      link: new URL(localizePath(postPath(slug), locale), base).href,
      categories: entry.data.tags.map((tag) => tagLabel(tag, locale)),
    })),
  });
}
