/**
 * Frontmatter schemas. They live here, not in content.config.ts, so unit
 * tests and the web editor's configuration can read them.
 */
import { z } from 'astro/zod';
import { isPostTag, postTagKeys, type PostTag } from '@/config/tags.ts';
import { helpRegionIds, isHelpRegionId, type HelpRegionId } from '@/config/help-lines.ts';
import { SLUG_PATTERN } from './entry-ids.ts';
import { signGroups } from './signs.ts';
import { statUnits } from './stat-format.ts';
import { signSourceKeys } from '@/config/sign-sources.ts';
import { parseIsoDay } from './publishing.ts';
import { HASH_PATTERN } from './translation-status.ts';
import { heroImageProblem } from './hero-image.ts';

/**
 * A calendar day. YAML hands over unquoted days as dates (the content guard checks
 * their text strictly, since YAML rolls 2026-13-45 over); quoted ones must be YYYY-MM-DD.
 */
export const isoDate = () =>
  z.union([z.date(), z.string()]).transform((value, ctx) => {
    if (value instanceof Date) return value;
    const day = parseIsoDay(value.trim());
    if ('error' in day) {
      ctx.addIssue({ code: 'custom', message: `${day.error}. Write the day as YYYY-MM-DD, e.g. 2026-11-26.` });
      return z.NEVER;
    }
    return day.date;
  });

/**
 * On a translated file: the hash of the English file it was translated from and
 * whether a native speaker reviewed it (src/lib/translation-status.ts). Written by
 * `npm run translations -- --mark <locale>/<collection>/<slug>`, never typed.
 */
export const translationSchema = z.object({
  source: z
    .string()
    .regex(
      HASH_PATTERN,
      'Record the hash with `npm run translations -- --mark <locale>/<collection>/<slug>`; never type it.',
    ),
  // `false`, or the day a native speaker reviewed it, written YYYY-MM-DD (YAML reads that as a date).
  reviewed: z.union([z.literal(false), z.date()]),
});
const translation = translationSchema.optional();

/** What a schema needs to know, by collection name: the entries that exist in each collection its entries may name (`signs`: the files in content/signs). */
export type SchemaContext<Named extends string> = Record<Named, ReadonlySet<string>>;

/** A reference to another entry by its file name. */
const slug = z.string().regex(SLUG_PATTERN, 'Use the file name of another entry, e.g. "labour".');

/**
 * `hero.image`: a picture in content/images/, named relative to the entry's file, as staff and the web
 * editor write it (`../../images/posts/x.jpg`). Kept as that text: pages find the picture through
 * src/lib/pictures.ts, which imports each picture file once; the entry's id generator checks that the
 * file exists (src/lib/entry-ids.ts). The web editor offers its picture widget for this schema.
 */
export const heroImagePath = z.string().superRefine((value, ctx) => {
  const problem = heroImageProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const heroSchema = z.object({
  image: heroImagePath,
  alt: z.string().min(10, 'Describe the image for people who cannot see it (at least 10 characters).'),
});

/** A campaign is `active` (run now) or `past` (kept, and marked as past). */
export const campaignStatuses = ['active', 'past'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/**
 * `content/campaigns/<locale>/<slug>.mdx`. The language-neutral fields (`region`, `status`, `featured`,
 * `signs`, `donateUrl`) must be the same in every language's file: the build checks (src/lib/campaign-ids.ts).
 */
export const campaignSchema = ({ signs }: SchemaContext<'signs'>) =>
  z.object({
    translation,
    title: z.string().min(5).max(90),
    description: z.string().min(50).max(170),
    /** The place as people name it: "Stockton, California". */
    place: z.string().min(2),
    /** The wider area, when there is one: "San Joaquin Valley". */
    area: z.string().min(2).optional(),
    /** The help-line region (src/config/help-lines.ts): it picks the help lines on every page of the campaign. */
    region: z
      .string()
      .superRefine((value, ctx) => {
        if (!isHelpRegionId(value)) {
          ctx.addIssue({
            code: 'custom',
            message: `Unknown help-line region "${value}". Use one of: ${helpRegionIds.join(', ')} (regions live in src/config/help-lines.ts).`,
          });
        }
      })
      .transform((value) => value as HelpRegionId),
    status: z.enum(campaignStatuses, { message: `Use one of: ${campaignStatuses.join(', ')}.` }),
    /** Shown first: the home page's campaign button, the 404 page. Without one, the newest active campaign. */
    featured: z.boolean().default(false),
    /** The campaign's question, the headline of its poster; defaults to the title. */
    question: z.string().min(10).max(110).optional(),
    /** Three warning-sign entries (file names in content/signs/): the poster shows the first sign of each. */
    signs: z
      .array(
        slug.superRefine((name, ctx) => {
          if (!signs.has(name)) {
            ctx.addIssue({
              code: 'custom',
              message: `Unknown warning-sign entry "${name}". Use file names in content/signs/<locale>/: ${[...signs].sort().join(', ')}.`,
            });
          }
        }),
      )
      .length(3, 'Name exactly three warning-sign entries: the poster shows the first sign of each.'),
    /** Two or three short messages to share, without the address (it is added). The English file must have them. */
    share: z.array(z.string().min(20).max(220)).min(2).max(3).optional(),
    /** Another donation page for this campaign; the site-wide one (src/config/site.ts) when left out. */
    donateUrl: z
      .url()
      .refine((u) => u.startsWith('https://'), 'The donation page must be an https:// address.')
      .optional(),
    hero: heroSchema,
    published: isoDate(),
    updated: isoDate().optional(),
  });

/* ---------- Warning-signs guide and statistics explainers ---------- */

/** `content/signs/<locale>/<slug>.mdx`: one kind of exploitation, one setting, or the general signs of control. */
export const signSchema = () =>
  z.object({
    translation,
    title: z.string().min(3).max(60),
    /** `kind` of exploitation, `setting` where it may be seen, or `general` signs that apply everywhere. */
    group: z.enum(signGroups),
    /** Position within its group, smallest first. */
    order: z.number().int().min(0),
    /** One or two sentences shown above the signs. */
    summary: z.string().min(20).max(300),
    /** Short, concrete signs, most important first (the printable card shows the first three). */
    signs: z.array(z.string().min(10).max(180)).min(2).max(8),
    /** Where the signs come from: keys of src/config/sign-sources.ts. Every sign must trace to one of them. */
    sources: z
      .array(
        z.enum(signSourceKeys, {
          error: (issue) =>
            `Unknown source "${String(issue.input)}". Use one of: ${signSourceKeys.join(', ')} (see src/config/sign-sources.ts).`,
        }),
        {
          error: (issue) =>
            issue.input === undefined
              ? `Name the sources of these signs in \`sources:\` (keys of src/config/sign-sources.ts: ${signSourceKeys.join(', ')}).`
              : undefined,
        },
      )
      .min(1, 'Name at least one source for these signs (keys of src/config/sign-sources.ts).')
      .refine((keys) => new Set(keys).size === keys.length, 'A source is listed twice.'),
    /** File names of related kinds or settings, linked from this entry. */
    related: z.array(slug).default([]),
    /** File name of a statistics entry to link to, e.g. `healthcare-2016`. */
    stat: slug.optional(),
  });

/** `content/guides/<locale>/<slug>.mdx`: the text around the guide (intro, who is at risk, deception). */
export const guideSchema = () =>
  z.object({
    translation,
    title: z.string().min(5).max(90),
    description: z.string().min(50).max(170),
    intro: z.string().min(20),
  });

const statValue = z
  .object({
    value: z.number().nonnegative(),
    unit: z.enum(statUnits),
    /** Only for a ratio: "1 in 5" is value 1, of 5. */
    of: z.number().int().positive().optional(),
  })
  .refine((v) => v.unit !== 'ratio' || (v.of !== undefined && v.value <= v.of), {
    message: 'A ratio needs `of`, at least as large as `value` (e.g. value: 1, of: 5 for "1 in 5").',
  });

const barChartSchema = z.object({
  type: z.literal('bars'),
  title: z.string().min(5).max(120),
  unit: z.enum(['people', 'reports', 'percent']),
  bars: z
    .array(z.object({ label: z.string().min(2).max(44), value: z.number().nonnegative() }))
    .min(1)
    .max(8),
});

const waffleChartSchema = z
  .object({
    type: z.literal('waffle'),
    title: z.string().min(5).max(120),
    /** Squares drawn filled, out of `total`. */
    filled: z.number().int().nonnegative(),
    total: z.number().int().positive().max(1000),
    /** What a filled square stands for. */
    filledLabel: z.string().min(3).max(80),
    /** What an empty square stands for (when there are empty squares). */
    restLabel: z.string().min(3).max(80).optional(),
  })
  .refine((c) => c.filled <= c.total, { message: '`filled` cannot be larger than `total`.' })
  .refine((c) => c.filled === c.total || c.restLabel, {
    message: 'Say what the empty squares stand for in `restLabel`.',
  });

export const statChartSchema = z.discriminatedUnion('type', [barChartSchema, waffleChartSchema]);

/** `content/stats/<locale>/<slug>.mdx`: one figure (or set of figures) with its source and caveats. */
export const statSchema = () =>
  z.object({
    translation,
    title: z.string().min(5).max(90),
    description: z.string().min(50).max(170),
    /** The main figure, and what it counts. */
    headline: statValue.and(z.object({ label: z.string().min(3).max(120) })),
    /** The year the figure was published. */
    year: z.number().int().min(1900).max(2100),
    source: z.object({
      /** Who published it, as it should be credited. */
      name: z.string().min(3),
      /** Only a real, stable page of the publisher; leave it out when unsure. */
      url: z.url().optional(),
    }),
    /** The words in which the figure was first quoted, when it is a quotation. */
    quote: z.string().optional(),
    /** How the figure was arrived at, in plain words. */
    methodology: z.string().min(20),
    /** What the figure does not say. */
    caveats: z.array(z.string().min(10)).min(1),
    charts: z.array(statChartSchema).min(1),
    /** File name of a newer statistics entry that replaces this one. */
    supersededBy: slug.optional(),
    /** Position on the statistics page, smallest first. */
    order: z.number().int().min(0),
  });

export const postSchema = ({ campaigns }: SchemaContext<'campaigns'>) =>
  z.object({
    translation,
    title: z.string().min(5).max(100),
    /** Shown in lists, search results and link previews. */
    description: z
      .string()
      .min(30, 'Write a summary of at least 30 characters.')
      .max(160, 'Keep the summary to 160 characters or fewer: search engines and previews cut longer text.'),
    /** The day the post is published on this site. */
    published: isoDate(),
    updated: isoDate().optional(),
    author: z.string().min(2),
    tags: z
      .array(
        z
          .string()
          .superRefine((tag, ctx) => {
            if (!isPostTag(tag)) {
              ctx.addIssue({
                code: 'custom',
                message: `Unknown tag "${tag}". Use one of: ${postTagKeys.join(', ')} (or add it to src/config/tags.ts).`,
              });
            }
          })
          .transform((tag) => tag as PostTag),
      )
      .min(1, 'Give the post at least one tag (see src/config/tags.ts).')
      .refine((tags) => new Set(tags).size === tags.length, 'A tag is listed twice.'),
    /** The campaign this post belongs to: its file name, e.g. `my-campaign` for content/campaigns/en/my-campaign.mdx. */
    campaign: z
      .string()
      .superRefine((slug, ctx) => {
        if (!campaigns.has(slug)) {
          ctx.addIssue({
            code: 'custom',
            message: `Unknown campaign "${slug}". Campaigns are the files in content/campaigns/<locale>/: ${[...campaigns].sort().join(', ') || 'none yet'}.`,
          });
        }
      })
      .optional(),
    hero: heroSchema,
    /** Drafts appear in `npm run dev` only, never in the published site. */
    draft: z.boolean().default(false),
  });

/** Stand-alone pages such as "Support us" and "Get help": `content/pages/<locale>/<slug>.mdx` → `/<slug>/`. */
export const pageSchema = () =>
  z.object({
    translation,
    /** The page's `<h1>` and the first part of its `<title>`; unique across the site. */
    title: z.string().min(3).max(70),
    /** The meta description shown by search engines and link previews; unique across the site. */
    description: z.string().min(50).max(170),
    /** A short line under the title. */
    lead: z.string().min(10).max(300).optional(),
    /** When the text was last checked. */
    updated: isoDate().optional(),
  });
