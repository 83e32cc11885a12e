/** Scheduled publishing and strict calendar days (src/lib/publishing.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDay, dayIn, isPublished, isoDay, parseIsoDay } from '@/lib/publishing.ts';
import { isoDate } from '@/lib/schemas.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

test('days are read strictly: impossible dates are refused, not rolled over', () => {
  assert.deepEqual(parseIsoDay('2026-11-26'), { date: day('2026-11-26') });
  assert.deepEqual(parseIsoDay('2028-02-29'), { date: day('2028-02-29') });
  assert.match((parseIsoDay('2026-13-45') as { error: string }).error, /no month 13/);
  assert.match((parseIsoDay('2026-02-30') as { error: string }).error, /days 01 to 28/);
  assert.match((parseIsoDay('2026-04-31') as { error: string }).error, /days 01 to 30/);
  assert.match((parseIsoDay('2026-1-5') as { error: string }).error, /YYYY-MM-DD/);
  assert.match((parseIsoDay('26/11/2026') as { error: string }).error, /YYYY-MM-DD/);
});

test('quoted dates in frontmatter go through the same strict reading', () => {
  assert.deepEqual(isoDate().parse('2026-11-26'), day('2026-11-26'));
  assert.deepEqual(isoDate().parse(day('2026-11-26')), day('2026-11-26'));
  assert.throws(() => isoDate().parse('2026-1-5'), /YYYY-MM-DD/);
  assert.throws(() => isoDate().parse('2026-02-30'), /days 01 to 28/);
});

test('the build day is today in the publishing time zone, or BUILD_DATE', () => {
  // 03:00 UTC on 27 November is still the 26th in California.
  const now = new Date('2026-11-27T03:00:00Z');
  assert.equal(dayIn('America/Los_Angeles', now), '2026-11-26');
  assert.equal(dayIn('UTC', now), '2026-11-27');
  assert.equal(buildDay(undefined, 'America/Los_Angeles', now), '2026-11-26');
  assert.equal(buildDay('', 'America/Los_Angeles', now), '2026-11-26');
  assert.equal(buildDay('2027-01-15', 'America/Los_Angeles', now), '2027-01-15');
  assert.throws(() => buildDay('2026-13-01', 'UTC', now), /BUILD_DATE: .*no month 13/);
  assert.throws(() => buildDay('tomorrow', 'UTC', now), /BUILD_DATE: .*YYYY-MM-DD/);
});

test('a production build publishes posts dated up to the build day, never drafts', () => {
  const post = (published: string, draft?: boolean) => ({ published: day(published), draft });
  assert.equal(isPublished(post('2026-11-26'), true, '2026-11-26'), true, 'dated today');
  assert.equal(isPublished(post('2026-11-25'), true, '2026-11-26'), true, 'dated yesterday');
  assert.equal(isPublished(post('2026-11-27'), true, '2026-11-26'), false, 'dated tomorrow waits');
  assert.equal(isPublished(post('2026-11-27'), true, '2026-11-27'), true, 'and goes live with the build on its day');
  assert.equal(isPublished(post('2026-11-20', true), true, '2026-11-26'), false, 'drafts never');
  assert.equal(isPublished(post('2026-11-27', true), false, '2026-11-26'), true, 'previews show everything');
  assert.equal(isoDay(day('2026-11-26')), '2026-11-26');
});
