/**
 * Frontmatter schemas. They live here, not in content.config.ts, so unit
 * tests can check them; `image` is Astro's image() helper in the build and a
 * stand-in in tests.
 */
import { z } from 'astro/zod';
import { isPostTag, postTagKeys, type PostTag } from '../config/tags.ts';

/** What Astro passes to a schema function; tests pass a stand-in `image`. */
export interface SchemaContext<I extends z.ZodType> {
  image: () => I;
}

export const heroSchema = <I extends z.ZodType>(image: () => I) =>
  z.object({
    image: image(),
    alt: z.string().min(10, 'Describe the image for people who cannot see it (at least 10 characters).'),
  });

export const campaignSchema = <I extends z.ZodType>({ image }: SchemaContext<I>) =>
  z.object({
    title: z.string().min(5).max(90),
    description: z.string().min(50).max(170),
    /** The place as people name it: "Stockton, California". */
    place: z.string().min(2),
    /** The wider region: "San Joaquin Valley". */
    region: z.string().min(2),
    /** Which help lines apply to readers of this campaign. */
    hotlineRegion: z.enum(['us']),
    hero: heroSchema(image),
    published: z.coerce.date(),
    updated: z.coerce.date().optional(),
  });

/** What the post schema needs besides `image`: which campaign slugs exist (read from content/campaigns). */
export interface PostSchemaContext<I extends z.ZodType> extends SchemaContext<I> {
  campaigns: ReadonlySet<string>;
}

export const postSchema = <I extends z.ZodType>({ image, campaigns }: PostSchemaContext<I>) =>
  z.object({
    title: z.string().min(5).max(100),
    /** Shown in lists, search results and link previews. */
    description: z
      .string()
      .min(30, 'Write a summary of at least 30 characters.')
      .max(160, 'Keep the summary to 160 characters or fewer: search engines and previews cut longer text.'),
    /** The day the post is published on this site. */
    published: z.coerce.date(),
    updated: z.coerce.date().optional(),
    author: z.string().min(2),
    tags: z
      .array(
        z.string().superRefine((tag, ctx) => {
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
    /** The campaign this post belongs to: its file name, e.g. `stockton` for content/campaigns/en/stockton.mdx. */
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
    hero: heroSchema(image),
    /** Drafts appear in `npm run dev` only, never in the published site. */
    draft: z.boolean().default(false),
  });
