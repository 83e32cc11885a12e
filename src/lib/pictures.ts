/**
 * The hero picture of a post or campaign, found among the pictures of content/images/, each
 * imported once (`virtual:hero-pictures`, src/integrations/hero-pictures.ts): one module per
 * picture file, however many entries show it. Astro's `image()` in the schema would import the
 * picture once per entry (the default picture thousands of times) at content sync and while
 * bundling. `hero.image` stays the path relative to the entry's file (src/lib/hero-image.ts), as
 * staff and the web editor write it.
 */
import type { ImageMetadata } from 'astro';
import pictures from 'virtual:hero-pictures';
import { heroPictureFile } from './hero-image.ts';

/** A hero picture ready for `<HeroImage>`: the picture's metadata and its description. */
export interface Hero {
  image: ImageMetadata;
  alt: string;
}

/** The entry fields the lookup reads (a post or a campaign). */
export interface EntryWithHero {
  id: string;
  collection: string;
  filePath?: string;
  data: { hero: { image: string; alt: string } };
}

/** An entry's hero picture; a missing or misplaced one stops the build naming the file and the field. */
export function heroOf(entry: EntryWithHero): Hero {
  const { image, alt } = entry.data.hero;
  const where = entry.filePath ?? `content/${entry.collection}/${entry.id}.mdx`;
  const found = heroPictureFile(where, image);
  if ('error' in found) throw new Error(`${where}: hero.image ${found.error}`);
  const picture = pictures[found.file];
  if (!picture)
    throw new Error(
      `${where}: hero.image "${image}" does not exist (no picture at ${found.file}). Put the picture in content/images/ and check the spelling.`,
    );
  return { image: picture, alt };
}
