/**
 * Checks on campaign files that must name the file: a hero picture that is not
 * there, an English file without share texts, and language versions of one
 * campaign that disagree on a language-neutral field (its help-line region,
 * status, featured flag, poster signs or donation page).
 */
import { checkHeroImage, uniqueIdGenerator } from './entry-ids.ts';
import { parseEntryId } from './localized-content.ts';
import { defaultLocale } from '@/i18n/locales.ts';

/** Fields every language version of a campaign must agree on. */
export const campaignNeutralFields = ['region', 'status', 'featured', 'signs', 'donateUrl'] as const;

const neutral = (data: Record<string, unknown> | undefined, field: string) =>
  JSON.stringify(data?.[field] ?? (field === 'featured' ? false : null));

const idOf = (file: string) => file.replace(/\.mdx?$/, '');

/**
 * Throws, naming both files, when a translation disagrees with the English version of its campaign;
 * `files` maps each file (`en/x.mdx`) to its frontmatter. Each translation is compared with the English
 * (once that has been read), so the message names the same two files whatever order files are read in.
 */
export function checkCampaignVersions(
  collection: string,
  files: ReadonlyMap<string, Record<string, unknown> | undefined>,
) {
  const bySlug = new Map<string, string[]>();
  for (const file of files.keys()) {
    const { slug } = parseEntryId(idOf(file));
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  for (const versions of bySlug.values()) {
    const english = versions.find((file) => parseEntryId(idOf(file)).locale === defaultLocale);
    if (!english) continue;
    for (const other of versions.filter((file) => file !== english).sort()) {
      for (const field of campaignNeutralFields) {
        const a = neutral(files.get(english), field);
        const b = neutral(files.get(other), field);
        if (a !== b) {
          throw new Error(
            `content/${collection}/${other}: ${field} is ${b} but content/${collection}/${english} says ${a}. Every language version of a campaign must have the same ${field}.`,
          );
        }
      }
    }
  }
}

/** The campaigns' `generateId`: the usual id checks, plus the checks above. */
export function campaignIdGenerator(collection: string) {
  const seen = new Map<string, Record<string, unknown> | undefined>();
  return uniqueIdGenerator(collection, {
    check: ({ id, folder, path, data }) => {
      if (folder) checkHeroImage(collection, folder, path, data, 'content/images/');
      if (parseEntryId(id).locale === defaultLocale && data && !Array.isArray(data.share)) {
        throw new Error(
          `content/${collection}/${path}: share is missing. Write two or three short messages people can copy (the campaign's address is added to each).`,
        );
      }
      // Another file with this id (a file renamed while `npm run dev` runs) replaces the old one.
      for (const file of seen.keys()) if (file !== path && idOf(file) === id) seen.delete(file);
      seen.set(path, data);
      checkCampaignVersions(collection, seen);
    },
  });
}
