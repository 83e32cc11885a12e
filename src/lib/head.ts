/**
 * Everything in a page's `<head>` after the charset and viewport: title,
 * description, canonical and `hreflang` links, Open Graph and Twitter cards,
 * JSON-LD and, on the blog's pages, the RSS feed (Starlight's
 * utils/head.ts#getHead idea). Pure functions, so the rules are unit-tested;
 * src/components/Head.astro writes the tags out with `headHtml`.
 */
import { alternatePaths, localeInfo, type Locale } from '@/i18n/index.ts';
import type { SiteConfig } from '@/config/site.ts';
import { absoluteUrl } from './paths.ts';
import { articleJsonLd, jsonLdScript, organisationJsonLd } from './structured-data.ts';

export interface HeadTag {
  tag: 'title' | 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text of a `title`, or the JSON of a `script` data block. */
  content?: string;
}

export interface HeadInput {
  /** The site's configuration (organisation, donation page) and origin. */
  site: Pick<SiteConfig, 'organisation' | 'donateUrl' | 'siteUrl'>;
  /** The origin the addresses are made absolute on (`Astro.site`). */
  origin: URL | string;
  /** The page's language. */
  locale: Locale;
  /** The language of the text shown, when no translation exists yet: the canonical names the original. */
  contentLocale: Locale;
  /** Locales the text really exists in (not as a stand-in); all when not given. */
  translations?: readonly Locale[];
  /** The page's own path, or the home page's for a page that must not be indexed. */
  path: string;
  /** A page that must not be indexed or linked as an alternate (404 pages): no canonical, no hreflang. */
  noindex: boolean;
  title: string;
  description: string;
  /** The site's name, added to the `<title>` of every page but the home page. */
  siteName: string;
  type: 'website' | 'article';
  /** The link-preview image, its path on the site and its size. */
  image: { src: string; width: number; height: number };
  imageAlt: string;
  /** Makes the page an Article (Open Graph and JSON-LD). */
  article?: { published: Date; modified?: Date; author?: string };
  /** The browser colour (`<meta name="theme-color">`). */
  themeColor: string;
  /** The language's RSS feed, linked last (`<link rel="alternate">`) on the blog's pages. */
  feed?: { title: string; path: string };
}

// Two literal shapes, not `{ [key]: name }`: an object made with a computed key takes V8's slow
// path, and this runs about 30 times a page.
const meta = (key: 'name' | 'property', name: string, content: string): HeadTag => ({
  tag: 'meta',
  attrs: key === 'name' ? { name, content } : { property: name, content },
});

/** The page's canonical URL and the versions of it in other languages, for `hreflang`. */
export function pageVersions({ origin, locale, contentLocale, translations, path }: HeadInput) {
  const alternates = alternatePaths(path);
  const originalPath = alternates.find((a) => a.locale === contentLocale)?.path ?? path;
  // hreflang lists only real versions of this text: a stand-in points at its original.
  const hreflangs =
    contentLocale === locale
      ? alternates.filter((a) => !translations || translations.includes(a.locale))
      : alternates.filter((a) => a.locale === contentLocale);
  return { canonical: absoluteUrl(originalPath, origin), hreflangs };
}

export function getHead(input: HeadInput): HeadTag[] {
  const { site, origin, locale, contentLocale, noindex, title, description, siteName, image, imageAlt, article } =
    input;
  const { canonical, hreflangs } = pageVersions(input);
  const imageUrl = absoluteUrl(image.src, origin);
  // The organisation's block is the same on every page: written once per site configuration.
  const structuredData = [organisationScript(site)];
  if (article) {
    structuredData.push(
      jsonLdScript(
        articleJsonLd(
          {
            headline: title,
            description,
            url: canonical,
            image: imageUrl,
            inLanguage: localeInfo[contentLocale].lang,
            ...article,
          },
          site,
        ),
      ),
    );
  }
  const tags: HeadTag[] = [
    { tag: 'title', attrs: {}, content: title === siteName ? title : `${title} | ${siteName}` },
    meta('name', 'description', description),
  ];
  if (noindex) {
    tags.push(meta('name', 'robots', 'noindex'));
  } else {
    tags.push({ tag: 'link', attrs: { rel: 'canonical', href: canonical } });
    for (const alt of hreflangs) {
      tags.push({
        tag: 'link',
        attrs: { rel: 'alternate', hreflang: localeInfo[alt.locale].lang, href: absoluteUrl(alt.path, origin) },
      });
    }
    if (hreflangs.length > 1) {
      tags.push({
        tag: 'link',
        attrs: { rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(hreflangs[0]!.path, origin) },
      });
    }
  }
  tags.push(
    meta('name', 'referrer', 'no-referrer'),
    meta('name', 'theme-color', input.themeColor),
    { tag: 'link', attrs: { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' } },
    meta('property', 'og:type', article ? 'article' : input.type),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
  );
  if (!noindex) tags.push(meta('property', 'og:url', canonical));
  tags.push(meta('property', 'og:locale', localeInfo[locale].og));
  for (const alt of hreflangs.filter((a) => a.locale !== locale)) {
    tags.push(meta('property', 'og:locale:alternate', localeInfo[alt.locale].og));
  }
  tags.push(
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:width', String(image.width)),
    meta('property', 'og:image:height', String(image.height)),
    meta('property', 'og:image:alt', imageAlt),
  );
  if (article) {
    tags.push(
      meta('property', 'article:published_time', article.published.toISOString()),
      meta('property', 'article:modified_time', (article.modified ?? article.published).toISOString()),
    );
  }
  tags.push(
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', imageUrl),
    meta('name', 'twitter:image:alt', imageAlt),
    ...structuredData.map((json): HeadTag => ({
      tag: 'script',
      attrs: { type: 'application/ld+json' },
      content: json,
    })),
  );
  if (input.feed) {
    tags.push({
      tag: 'link',
      attrs: {
        rel: 'alternate',
        type: 'application/rss+xml',
        title: input.feed.title,
        href: absoluteUrl(input.feed.path, origin),
      },
    });
  }
  return tags;
}

function organisationScript(site: HeadInput['site']): string {
  let json = organisationScripts.get(site);
  if (json === undefined) organisationScripts.set(site, (json = jsonLdScript(organisationJsonLd(site))));
  return json;
}
const organisationScripts = new WeakMap<HeadInput['site'], string>();

/**
 * The tags as HTML, written exactly as Astro writes `<meta {...attrs} />` and
 * `<title>{content}</title>` (its escaping, below), but as one string: every
 * page has about 35 of these tags, and rendering each through Astro's template
 * runtime cost about 0.1 ms a page. A JSON-LD block's content is written as it
 * is: `jsonLdScript` has already escaped it for a `<script>` element. The pieces
 * are joined once at the end (adding them to a string one by one made a new
 * string for each piece: 30 KB of garbage a page for 3 KB of HTML).
 */
export function headHtml(tags: readonly HeadTag[]): string {
  const html: string[] = [];
  for (const { tag, attrs, content = '' } of tags) {
    html.push('<', tag);
    writeAttributes(html, attrs);
    html.push('>');
    if (tag === 'title') html.push(escapeText(content), '</title>');
    else if (tag === 'script') html.push(content, '</script>');
  }
  return html.join('');
}

/** Text between tags, escaped as Astro escapes an expression: `& < > ' "`. */
export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, (c) => TEXT_ENTITIES[c]!) : text;
}
const TEXT_SPECIAL = /[&<>'"]/;
const TEXT_SPECIALS = /[&<>'"]/g;
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/**
 * Attributes as Astro writes a spread (`{...attrs}`) of plain string values: ` name="value"` with `&` and `"`
 * escaped, an empty value as the bare name, and none for a missing value.
 */
export function htmlAttributes(attrs: Readonly<Record<string, string>>): string {
  const out: string[] = [];
  writeAttributes(out, attrs);
  return out.join('');
}

function writeAttributes(out: string[], attrs: Readonly<Record<string, string>>): void {
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined || value === null) continue;
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`Not a plain attribute name: "${name}"`);
    if (value === '') out.push(' ', name);
    else out.push(' ', name, '="', escapeAttribute(value), '"');
  }
}
const ATTRIBUTE_NAME = /^[a-z][a-z0-9:-]*$/;

function escapeAttribute(value: string): string {
  if (!value.includes('&') && !value.includes('"')) return value;
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
