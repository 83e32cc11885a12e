/**
 * JSON-LD (schema.org) for every page: the organisation as an NGO, and an
 * Article for pages that are articles. BaseLayout writes them into
 * `<script type="application/ld+json">` data blocks, which execute nothing,
 * so the Content-Security-Policy needs no hash for them.
 */
import type { SiteConfig } from '@/config/site.ts';

export type JsonLd = Record<string, unknown>;

/** A stable id for the organisation, so articles can point at it. */
export function organisationId(config: Pick<SiteConfig, 'organisation'>): string {
  return `${config.organisation.url.replace(/\/?$/, '/')}#organization`;
}

export function organisationJsonLd(config: Pick<SiteConfig, 'organisation' | 'donateUrl' | 'siteUrl'>): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NGO',
    '@id': organisationId(config),
    name: config.organisation.name,
    url: config.organisation.url,
    logo: new URL('/favicon.svg', config.siteUrl).href,
    potentialAction: { '@type': 'DonateAction', target: config.donateUrl },
  };
}

export interface ArticleInput {
  headline: string;
  description: string;
  url: string;
  image: string;
  /** BCP 47 language of the text. */
  inLanguage: string;
  published: Date;
  modified?: Date;
  /** A person's name; the organisation when not given. */
  author?: string;
}

export function articleJsonLd(article: ArticleInput, config: Pick<SiteConfig, 'organisation'>): JsonLd {
  const publisher = { '@type': 'NGO', '@id': organisationId(config), name: config.organisation.name };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    image: [article.image],
    inLanguage: article.inLanguage,
    datePublished: article.published.toISOString(),
    dateModified: (article.modified ?? article.published).toISOString(),
    author: article.author ? { '@type': 'Person', name: article.author } : publisher,
    publisher,
  };
}

/**
 * Serialise for a `<script>` data block: `<` is escaped so no text in the
 * data (a title with `</script>`, say) can end the element early.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
