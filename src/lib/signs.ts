/**
 * The warning-signs guide's groups, and the order in which it shows its
 * entries. Pure functions, so they can be unit-tested. (Each entry's address
 * is built in src/lib/paths.ts.)
 */
import { defaultLocale } from '@/i18n/locales.ts';
import { parseEntryId } from './localized-content.ts';

/** The three groups of the guide, in the order it shows them; each entry belongs to one. */
export const signGroups = ['general', 'kind', 'setting'] as const;
export type SignGroup = (typeof signGroups)[number];

export interface SortableSign {
  slug: string;
  group: SignGroup;
  order: number;
  title: string;
}

/** Group order first, then each entry's `order`, then title, so the guide reads the same every build. */
export function compareSigns(a: SortableSign, b: SortableSign): number {
  return (
    signGroups.indexOf(a.group) - signGroups.indexOf(b.group) || a.order - b.order || a.title.localeCompare(b.title)
  );
}

/** The signs the printable card shows for an entry: the first few, which staff list as the most important. */
export function cardSigns(signs: readonly string[], count = 3): string[] {
  return signs.slice(0, count);
}

/**
 * Links between entries name other entries by file name; a typo would give a
 * broken link, so the build stops and says which entry names what.
 */
export function checkSignReferences(
  entries: readonly { slug: string; related: readonly string[]; stat?: string | undefined }[],
  statSlugs: readonly string[],
): void {
  const known = new Set(entries.map((e) => e.slug));
  const stats = new Set(statSlugs);
  for (const entry of entries) {
    for (const other of entry.related) {
      if (!known.has(other)) {
        throw new Error(
          `content/signs/*/${entry.slug}.mdx: "related" names "${other}", but there is no content/signs/*/${other}.mdx.`,
        );
      }
    }
    if (entry.stat && !stats.has(entry.stat)) {
      throw new Error(
        `content/signs/*/${entry.slug}.mdx: "stat" names "${entry.stat}", but there is no content/stats/*/${entry.stat}.mdx.`,
      );
    }
  }
}

/**
 * A translation must stay in the same group as its original, or the two
 * would be published at different addresses and the language switch would break.
 */
export function checkSameGroup(entries: readonly { id: string; group: SignGroup }[]): void {
  // Each translation is compared with the English file, whatever order the loader read them in, so
  // the message always names the translation as the file to fix.
  const english = new Map(
    entries.filter((entry) => parseEntryId(entry.id).locale === defaultLocale).map((e) => [parseEntryId(e.id).slug, e]),
  );
  for (const entry of entries) {
    const original = english.get(parseEntryId(entry.id).slug);
    if (original && original.group !== entry.group) {
      throw new Error(
        `content/signs/${entry.id}.mdx has group "${entry.group}" but its English file content/signs/${original.id}.mdx has "${original.group}": a translation must use the English file's group.`,
      );
    }
  }
}
