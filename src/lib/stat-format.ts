/**
 * How statistics are written out in each language (Intl.NumberFormat via
 * `formatNumber`): "21 million" / "21 millones", "68%", "1 in 5" / "1 de cada 5".
 * Pages pass `Astro.locals` as the language: `formatStat(stat, Astro.locals)`.
 */
import { formatNumber, type Locale, type Translate } from '@/i18n/index.ts';
import { localeInfo } from '@/i18n/locales.ts';

/** What a figure counts; the stats schema accepts these `unit`s. */
export const statUnits = ['people', 'reports', 'percent', 'ratio'] as const;
export type StatUnit = (typeof statUnits)[number];

export interface StatValue {
  value: number;
  unit: StatUnit;
  /** For a ratio: "1 in 5" has value 1 and `of` 5. */
  of?: number;
}

/**
 * `short` is for headlines and chart labels ("27.6 million"); `full` writes
 * every digit ("27,600,000"), for data tables.
 */
export function formatStat(
  stat: StatValue,
  { locale, t }: { locale: Locale; t: Translate },
  style: 'short' | 'full' = 'short',
): string {
  switch (stat.unit) {
    case 'percent':
      return formatNumber(stat.value / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
    case 'ratio': {
      if (stat.of === undefined) throw new Error('A ratio needs `of`, e.g. value 1 and of 5 for "1 in 5".');
      return t('stats.ratio', { part: formatNumber(stat.value, locale), whole: formatNumber(stat.of, locale) });
    }
    default:
      if (style === 'short' && Math.abs(stat.value) >= 1_000_000) {
        // One decimal or three significant digits, whichever keeps more: Punjabi writes 27.6 million as
        // "2.76 ਕਰੋੜ" (crore = 10 million), which one decimal alone would round to a different figure.
        const rounding = {
          maximumFractionDigits: 1,
          maximumSignificantDigits: 3,
          roundingPriority: 'morePrecision',
        } as const;
        // A language ICU has no words for names its million itself (Hmong: "21 lab").
        const million = localeInfo[locale].million;
        if (million) return `${formatNumber(stat.value / 1_000_000, locale, rounding)} ${million}`;
        return formatNumber(stat.value, locale, { notation: 'compact', compactDisplay: 'long', ...rounding });
      }
      return formatNumber(stat.value, locale, { maximumFractionDigits: 1 });
  }
}
