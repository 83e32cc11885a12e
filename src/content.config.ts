import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { campaignSchema, guideSchema, pageSchema, postSchema, signSchema, statSchema } from '@/lib/schemas.ts';
import { campaignSlugs, postIdGenerator, uniqueIdGenerator } from '@/lib/entry-ids.ts';
import { campaignIdGenerator } from '@/lib/campaign-ids.ts';
import { parseEntryId } from '@/lib/localized-content.ts';
import { checkPageSlug } from '@/lib/paths.ts';

/**
 * Each collection reads `content/<collection>/<locale>/<slug>.mdx` (or `.md`: plain Markdown is
 * published the same way); files starting with `_` are ignored.
 */
function localizedGlob(name: string, generateId = uniqueIdGenerator(name)) {
  return glob({ pattern: '**/[^_]*.{md,mdx}', base: `./content/${name}`, generateId });
}

/** Campaigns a post may name in `campaign:` (checked by the post schema, so a typo stops the build). */
const campaigns = campaignSlugs(readdirSync('./content/campaigns', { recursive: true, encoding: 'utf8' }));
/** Warning-sign entries a campaign may put on its poster (same file-name rule). */
const signs = campaignSlugs(readdirSync('./content/signs', { recursive: true, encoding: 'utf8' }));

export const collections = {
  // Language versions of a campaign must agree on its region and status; its picture must exist.
  // Schemas are built once, not per entry; `hero.image` stays a path (pages find it in src/lib/pictures.ts).
  campaigns: defineCollection({
    loader: localizedGlob('campaigns', campaignIdGenerator('campaigns')),
    schema: campaignSchema({ signs }),
  }),
  signs: defineCollection({ loader: localizedGlob('signs'), schema: signSchema }),
  guides: defineCollection({ loader: localizedGlob('guides'), schema: guideSchema }),
  stats: defineCollection({ loader: localizedGlob('stats'), schema: statSchema }),
  posts: defineCollection({
    loader: localizedGlob('posts', postIdGenerator('posts')),
    schema: postSchema({ campaigns }),
  }),
  // A page's file name is its address (`/get-help/`), so names of other routes are refused.
  pages: defineCollection({
    loader: localizedGlob(
      'pages',
      uniqueIdGenerator('pages', { check: ({ id, file }) => checkPageSlug(parseEntryId(id).slug, file) }),
    ),
    schema: () => pageSchema(),
  }),
};
