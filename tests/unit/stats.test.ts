import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '@/i18n/translate.ts';
import enStrings from '@/i18n/ui/en.ts';
import esStrings from '@/i18n/ui/es.ts';
import paStrings from '@/i18n/ui/pa.ts';
import hmnStrings from '@/i18n/ui/hmn.ts';
import { formatStat } from '@/lib/stat-format.ts';
import { statSchema } from '@/lib/schemas.ts';

const en = { locale: 'en', t: translator(enStrings) } as const;
const es = { locale: 'es', t: translator(esStrings) } as const;
const pa = { locale: 'pa', t: translator(paStrings) } as const;
const hmn = { locale: 'hmn', t: translator(hmnStrings) } as const;

test('figures are written the way each language writes numbers', () => {
  assert.equal(formatStat({ value: 21_000_000, unit: 'people' }, en), '21 million');
  assert.equal(formatStat({ value: 21_000_000, unit: 'people' }, es), '21 millones');
  assert.equal(formatStat({ value: 27_600_000, unit: 'people' }, en), '27.6 million');
  assert.equal(formatStat({ value: 27_600_000, unit: 'people' }, es), '27.6 millones');
  assert.equal(formatStat({ value: 27_600_000, unit: 'people' }, en, 'full'), '27,600,000');
  assert.equal(formatStat({ value: 418, unit: 'reports' }, es), '418');
  assert.equal(formatStat({ value: 68, unit: 'percent' }, en), '68%');
  assert.equal(
    formatStat({ value: 68, unit: 'percent' }, es),
    new Intl.NumberFormat('es-US', { style: 'percent' }).format(0.68),
  );
  assert.equal(formatStat({ value: 1, of: 5, unit: 'ratio' }, en), '1 in 5');
  assert.equal(formatStat({ value: 1, of: 5, unit: 'ratio' }, es), '1 de cada 5');
  assert.throws(() => formatStat({ value: 1, unit: 'ratio' }, en), /needs `of`/);
});

test('short figures keep their precision in languages that count in crores', () => {
  // Punjabi counts in lakhs and crores (1 crore = 10 million): 27.6 million is 2.76 crore, not "2.8".
  assert.equal(formatStat({ value: 27_600_000, unit: 'people' }, pa), '2.76 ਕਰੋੜ');
  assert.equal(formatStat({ value: 17_300_000, unit: 'people' }, pa), '1.73 ਕਰੋੜ');
  assert.equal(formatStat({ value: 21_000_000, unit: 'people' }, pa), '2.1 ਕਰੋੜ');
  assert.equal(formatStat({ value: 6_300_000, unit: 'people' }, pa), '63 ਲੱਖ');
  assert.equal(formatStat({ value: 1, of: 5, unit: 'ratio' }, pa), '5 ਵਿੱਚੋਂ 1');
  // ICU has no Hmong words for large numbers: the locale names its million ("lab"), not English "million".
  assert.equal(formatStat({ value: 27_600_000, unit: 'people' }, hmn), '27.6 lab');
  assert.equal(formatStat({ value: 50_000_000, unit: 'people' }, hmn), '50 lab');
  assert.equal(formatStat({ value: 27_600_000, unit: 'people' }, hmn, 'full'), '27,600,000');
  // The English stays as it was: one decimal, no extra digits.
  assert.equal(formatStat({ value: 20_900_000, unit: 'people' }, en), '20.9 million');
  assert.equal(formatStat({ value: 123_450_000, unit: 'people' }, en), '123.5 million');
});

const validStat = {
  title: 'A figure with a title',
  description: 'A description that is long enough to pass the minimum length of fifty characters.',
  headline: { value: 1, of: 5, unit: 'ratio', label: 'victims report contact' },
  year: 2016,
  source: { name: 'Somebody' },
  methodology: 'How it was worked out, in plain words.',
  caveats: ['What the figure does not say.'],
  charts: [
    { type: 'waffle', title: 'One in five', filled: 1, total: 5, filledLabel: 'contact', restLabel: 'no contact' },
  ],
  order: 1,
};

test('the stats schema accepts a complete entry and names what is wrong in a broken one', () => {
  assert.equal(statSchema().safeParse(validStat).success, true);
  const noOf = statSchema().safeParse({ ...validStat, headline: { value: 1, unit: 'ratio', label: 'victims' } });
  assert.equal(noOf.success, false);
  assert.match(JSON.stringify(noOf.error!.issues), /ratio needs `of`/);
  const overfull = statSchema().safeParse({
    ...validStat,
    charts: [{ type: 'waffle', title: 'Too many', filled: 6, total: 5, filledLabel: 'x', restLabel: 'y' }],
  });
  assert.equal(overfull.success, false);
  const noRest = statSchema().safeParse({
    ...validStat,
    charts: [{ type: 'waffle', title: 'No rest label', filled: 1, total: 5, filledLabel: 'contact' }],
  });
  assert.match(JSON.stringify(noRest.error!.issues), /restLabel/);
  assert.equal(statSchema().safeParse({ ...validStat, source: { name: 'X', url: 'not a url' } }).success, false);
  assert.equal(statSchema().safeParse({ ...validStat, supersededBy: 'Not A Slug' }).success, false);
});
