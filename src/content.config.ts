import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { campaignSchema, pageSchema } from './lib/schemas.ts';
import { uniqueIdGenerator } from './lib/entry-ids.ts';

/** Each collection reads `content/<collection>/<locale>/<slug>.mdx`; files starting with `_` are ignored. */
function localizedGlob(name: string) {
  return glob({ pattern: '**/[^_]*.mdx', base: `./content/${name}`, generateId: uniqueIdGenerator(name) });
}

export const collections = {
  campaigns: defineCollection({ loader: localizedGlob('campaigns'), schema: ({ image }) => campaignSchema({ image }) }),
  pages: defineCollection({ loader: localizedGlob('pages'), schema: () => pageSchema() }),
};
