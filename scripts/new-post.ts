/**
 * Scaffold a new blog post: `content/posts/<locale>/<slug>.mdx` with today's
 * date, a slug made from the title, and every required field filled in. The
 * post starts as a draft (shown by `npm run dev`, never published) until you
 * remove `draft: true`. It refuses to overwrite an existing post.
 *
 *   npm run new:post -- --title "Farm work and debt" [--locale es] [--campaign stockton] [--slug farm-work]
 *
 * The placeholder text comes from the `newPost.*` strings of the post's
 * language in src/i18n/ui/<code>.ts.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales.ts';
import { translator, type Translate, type UIStrings } from '@/i18n/translate.ts';
import { SLUG_PATTERN, campaignSlugs } from '@/lib/entry-ids.ts';
import { postSlug } from '@/lib/blog.ts';
import { postPath } from '@/lib/paths.ts';
import { dayIn } from '@/lib/publishing.ts';
import { site } from '@/config/site.ts';

export interface NewPostOptions {
  /** The project folder (the one holding `content/`). */
  root: string;
  title: string;
  locale?: string;
  campaign?: string;
  /** Defaults to a slug made from the title; give the English file name to translate a post. */
  slug?: string;
  /** Defaults to today where the site publishes (`publishingTimeZone` in src/config/site.ts). */
  date?: Date;
  author?: string;
}

/** The default hero, relative to `content/posts/<locale>/`. */
export const DEFAULT_HERO = '../../images/posts/blog-default.jpg';

/** Every language's strings, loaded once (the build finds them with Vite; here Node imports each file). */
const strings = Object.fromEntries(
  await Promise.all(
    locales.map(async (locale) => {
      const module = (await import(new URL(`../src/i18n/ui/${locale}.ts`, import.meta.url).href)) as {
        default: UIStrings;
      };
      return [locale, translator(module.default)] as const;
    }),
  ),
) as Record<Locale, Translate>;

/** Every post file in a locale folder (including year folders), by slug. */
function existingSlugs(postsDir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(postsDir)) return found;
  for (const file of readdirSync(postsDir, { recursive: true, encoding: 'utf8' })) {
    const match = /([^/\\]+)\.mdx?$/.exec(file);
    if (match) found.set(match[1]!, file);
  }
  return found;
}

/** Today where the site publishes (a post dated later waits for that day's build). */
function today(): string {
  return dayIn(site.publishingTimeZone, new Date());
}

/** The file's text: valid frontmatter (the post is a draft until staff remove `draft: true`). */
export function postTemplate(o: {
  title: string;
  locale: Locale;
  date: string;
  author: string;
  campaign?: string;
}): string {
  const t = strings[o.locale];
  const lines = [
    '---',
    `title: ${JSON.stringify(o.title)}`,
    `description: ${JSON.stringify(t('newPost.description'))}`,
    `published: ${o.date}`,
    `author: ${JSON.stringify(o.author)}`,
    'tags: [campaigns]',
    ...(o.campaign ? [`campaign: ${o.campaign}`] : []),
    'draft: true',
    'hero:',
    `  image: ${DEFAULT_HERO}`,
    `  alt: ${JSON.stringify(t('newPost.heroAlt'))}`,
    '---',
    '',
    `{/* ${t('newPost.draftNote')} */}`,
    '',
    t('newPost.body'),
    '',
  ];
  return lines.join('\n');
}

export function createPost(options: NewPostOptions): { file: string; slug: string } {
  const title = options.title.trim();
  if (title.length < 5)
    throw new Error('Give a title of at least 5 characters, e.g. --title "Farm work and debt bondage".');
  if (title.length > 100) throw new Error(`The title is ${title.length} characters long; keep it to 100 or fewer.`);
  const locale = options.locale ?? defaultLocale;
  if (!isLocale(locale)) throw new Error(`Unknown locale "${locale}". Use one of: ${locales.join(', ')}.`);
  const slug = options.slug ?? postSlug(title);
  if (!SLUG_PATTERN.test(slug) || /^\d+$/.test(slug)) {
    throw new Error(
      `"${slug}" cannot be a web address. Use lowercase letters, digits and hyphens, with at least one letter.`,
    );
  }
  if (options.campaign !== undefined) {
    const campaignsDir = join(options.root, 'content', 'campaigns');
    const known = existsSync(campaignsDir)
      ? campaignSlugs(readdirSync(campaignsDir, { recursive: true, encoding: 'utf8' }))
      : new Set<string>();
    if (!known.has(options.campaign)) {
      throw new Error(
        `Unknown campaign "${options.campaign}". Known campaigns: ${[...known].sort().join(', ') || 'none'}.`,
      );
    }
  }
  const postsDir = join(options.root, 'content', 'posts', locale);
  const existing = existingSlugs(postsDir).get(slug);
  if (existing) {
    throw new Error(
      `content/posts/${locale}/${existing.replaceAll('\\', '/')} already exists: not overwriting it. Choose another title or --slug.`,
    );
  }
  const file = join(postsDir, `${slug}.mdx`);
  const date = options.date ? options.date.toISOString().slice(0, 10) : today();
  mkdirSync(dirname(file), { recursive: true });
  // 'wx' fails if the file appeared in the meantime: never overwrite.
  writeFileSync(
    file,
    postTemplate({ title, locale, date, author: options.author ?? 'STOP THE TRAFFIK', campaign: options.campaign }),
    { flag: 'wx' },
  );
  return { file, slug };
}

function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      title: { type: 'string' },
      locale: { type: 'string' },
      campaign: { type: 'string' },
      slug: { type: 'string' },
      author: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help || !values.title) {
    console.log(
      'Usage: npm run new:post -- --title "Post title" [--locale es] [--campaign stockton] [--slug file-name] [--author "Name"]',
    );
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const root = process.cwd();
  const { file, slug } = createPost({
    root,
    title: values.title,
    locale: values.locale,
    campaign: values.campaign,
    slug: values.slug,
    author: values.author,
  });
  const locale = values.locale ?? defaultLocale;
  console.log(`Created ${relative(root, file)} (a draft).`);
  if (isLocale(locale)) console.log(`Preview it with "npm run dev" at http://127.0.0.1:4321${postPath(slug, locale)}`);
  console.log('Then: write the summary and text, pick tags and a picture, and remove "draft: true" to publish.');
}

if (import.meta.main) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`new:post: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
