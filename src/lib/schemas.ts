/**
 * Frontmatter schemas. They live here, not in content.config.ts, so unit
 * tests can check them; `image` is Astro's image() helper in the build and a
 * stand-in in tests.
 */
import { z } from 'astro/zod';

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

/** Stand-alone pages such as "Support us" and "Get help": `content/pages/<locale>/<slug>.mdx` → `/<slug>/`. */
export const pageSchema = () =>
  z.object({
    /** The page's `<h1>` and the first part of its `<title>`; unique across the site. */
    title: z.string().min(3).max(70),
    /** The meta description shown by search engines and link previews; unique across the site. */
    description: z.string().min(50).max(170),
    /** A short line under the title. */
    lead: z.string().min(10).max(300).optional(),
    /** When the text was last checked. */
    updated: z.coerce.date().optional(),
  });
