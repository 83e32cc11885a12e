import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { campaignSchema, guideSchema, pageSchema, postSchema, signSchema, statSchema } from './lib/schemas.ts';
import { uniqueIdGenerator } from './lib/entry-ids.ts';
import { campaignSlugs, uniquePostIdGenerator } from './lib/post-ids.ts';
import { campaignIdGenerator } from './lib/campaign-ids.ts';

/** Each collection reads `content/<collection>/<locale>/<slug>.mdx`; files starting with `_` are ignored. */
function localizedGlob(name: string) {
  return glob({ pattern: '**/[^_]*.mdx', base: `./content/${name}`, generateId: uniqueIdGenerator(name) });
}

/** Campaigns a post may name in `campaign:` (checked by the post schema, so a typo stops the build). */
const campaigns = campaignSlugs(readdirSync('./content/campaigns', { recursive: true, encoding: 'utf8' }));
/** Warning-sign entries a campaign may put on its poster (same file-name rule). */
const signs = campaignSlugs(readdirSync('./content/signs', { recursive: true, encoding: 'utf8' }));

export const collections = {
  campaigns: defineCollection({
    loader: glob({ pattern: '**/[^_]*.mdx', base: './content/campaigns', generateId: campaignIdGenerator('campaigns') }),
    schema: ({ image }) => campaignSchema({ image, signs }),
  }),
  signs: defineCollection({ loader: localizedGlob('signs'), schema: signSchema }),
  guides: defineCollection({ loader: localizedGlob('guides'), schema: guideSchema }),
  stats: defineCollection({ loader: localizedGlob('stats'), schema: statSchema }),
  posts: defineCollection({
    loader: glob({
      pattern: '**/[^_]*.mdx',
      base: './content/posts',
      generateId: uniquePostIdGenerator('posts'),
    }),
    schema: ({ image }) => postSchema({ image, campaigns }),
  }),
  pages: defineCollection({ loader: localizedGlob('pages'), schema: () => pageSchema() }),
};
