/**
 * Ids of campaigns, with the checks that must name the file: a hero picture
 * that is not there, and language versions of one campaign that disagree on a
 * language-neutral field (its help-line region, status, featured flag, poster
 * signs or donation page), or an English file without share texts.
 */
import { entryIdFromPath } from './entry-ids.ts';
import { parseEntryId } from './localized-content.ts';
import { checkHeroImage, folderOf, type GenerateIdOptions } from './post-ids.ts';
import { defaultLocale } from '../i18n/locales.ts';

/** Fields every language version of a campaign must agree on. */
export const campaignNeutralFields = ['region', 'status', 'featured', 'signs', 'donateUrl'] as const;

const neutral = (data: Record<string, unknown> | undefined, field: string) =>
  JSON.stringify(data?.[field] ?? (field === 'featured' ? false : null));

/** Throws, naming both files, when two versions of one campaign disagree; `files` maps each file to its frontmatter. */
export function checkCampaignVersions(collection: string, files: ReadonlyMap<string, Record<string, unknown> | undefined>) {
  const bySlug = new Map<string, string[]>();
  for (const file of files.keys()) {
    const { slug } = parseEntryId(file.replace(/\.mdx?$/, ''));
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  for (const versions of bySlug.values()) {
    const [first, ...others] = versions.sort();
    for (const other of others) {
      for (const field of campaignNeutralFields) {
        const a = neutral(files.get(first!), field);
        const b = neutral(files.get(other), field);
        if (a !== b) {
          throw new Error(
            `content/${collection}/${other}: ${field} is ${b} but content/${collection}/${first} says ${a}. Every language version of a campaign must have the same ${field}.`,
          );
        }
      }
    }
  }
}

/** A `generateId` for the campaigns' glob loader (see the file comment). */
export function campaignIdGenerator(collection: string) {
  const seen = new Map<string, Record<string, unknown> | undefined>();
  return ({ entry, base, data }: GenerateIdOptions): string => {
    const id = entryIdFromPath(collection, entry);
    const folder = folderOf(base);
    if (folder) checkHeroImage(collection, folder, entry, data, 'content/images/');
    if (parseEntryId(id).locale === defaultLocale && data && !Array.isArray(data.share)) {
      throw new Error(
        `content/${collection}/${entry}: share is missing. Write two or three short messages people can copy (the campaign's address is added to each).`,
      );
    }
    // Another file with this id (e.g. a renamed file while `npm run dev` runs) replaces the old one.
    for (const file of seen.keys()) if (file !== entry && entryIdFromPath(collection, file) === id) seen.delete(file);
    seen.set(entry, data);
    checkCampaignVersions(collection, seen);
    return id;
  };
}
