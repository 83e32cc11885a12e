/**
 * Calendar days and scheduled publishing. A post is published from the first
 * build on or after its `published` day; until then it is left out of every
 * page, feed, index, search and the sitemap. "Today" is the day in the site's
 * publishing time zone (`site.publishingTimeZone`), or `BUILD_DATE=YYYY-MM-DD`
 * when set (tests, and to preview what a later build will publish).
 */

/**
 * A calendar day written YYYY-MM-DD, checked strictly: `2026-13-45` is
 * refused, not rolled over to 14 February 2027. Returns the UTC midnight of
 * that day, or an explanation.
 */
export function parseIsoDay(text: string): { date: Date } | { error: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { error: `"${text}" is not a date written YYYY-MM-DD (e.g. 2026-11-26)` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${month} (months are 01 to 12)` };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { error: `"${text}" is not a real date: that month has days 01 to ${last}` };
  }
  return { date };
}

/** The YYYY-MM-DD of a date read from frontmatter (YAML dates are UTC midnight). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's YYYY-MM-DD in a time zone. */
export function dayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day this build publishes up to: `BUILD_DATE` when set (strictly YYYY-MM-DD), else today in `timeZone`. */
export function buildDay(buildDate: string | undefined, timeZone: string, now = new Date()): string {
  const override = buildDate?.trim();
  if (!override) return dayIn(timeZone, now);
  const parsed = parseIsoDay(override);
  if ('error' in parsed)
    throw new Error(
      `BUILD_DATE: ${parsed.error}. Set it to a day such as BUILD_DATE=2026-12-01, or leave it unset to use today.`,
    );
  return override;
}

/**
 * Is a post on the published site? While previewing (`npm run dev`) every post
 * shows, drafts and scheduled ones included; a production build leaves out
 * drafts and posts dated after `today`.
 */
export function isPublished(data: { draft?: boolean; published: Date }, production: boolean, today: string): boolean {
  if (!production) return true;
  return data.draft !== true && isoDay(data.published) <= today;
}
