import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  alternatePaths,
  defaultLocale,
  formatDate,
  formatNumber,
  interpolate,
  localeFromParam,
  localeFromPath,
  localeInfo,
  locales,
  localizePath,
  splitAround,
  splitLocalePath,
  translator,
  type UIStrings,
} from '@/i18n/index.ts';
import { localeList } from '@/i18n/locales.ts';
import { stringsByLocale } from '@/i18n/translate.ts';
import en from '@/i18n/ui/en.ts';
import es from '@/i18n/ui/es.ts';
import km from '@/i18n/ui/km.ts';
import pa from '@/i18n/ui/pa.ts';

/** Every strings file, as the build finds them (`src/i18n/ui/<code>.ts`). */
const uiFolder = new URL('../../src/i18n/ui/', import.meta.url);
const stringFiles = Object.fromEntries(
  await Promise.all(
    readdirSync(uiFolder)
      .filter((f) => f.endsWith('.ts'))
      .map(async (f) => [`./ui/${f}`, (await import(new URL(f, uiFolder).href)) as { default: UIStrings }] as const),
  ),
);

test('every language in the list has a strings file, and every strings file a language', () => {
  assert.deepEqual(Object.keys(stringsByLocale(stringFiles, locales)).sort(), [...locales].sort());
  assert.throws(() => stringsByLocale({ './ui/en.ts': { default: en } }, ['en', 'hmn']), /src\/i18n\/ui\/hmn\.ts/);
  assert.throws(
    () => stringsByLocale({ ...stringFiles, './ui/xx.ts': { default: en } }, locales),
    /ui\/xx\.ts has no entry/,
  );
});

test('every locale has exactly the English keys, none empty, with the same placeholders', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [file, { default: strings }] of Object.entries(stringFiles)) {
    assert.deepEqual(Object.keys(strings).sort(), Object.keys(en).sort(), file);
    for (const [key, value] of Object.entries(strings) as [keyof typeof en, string][]) {
      assert.ok(value.trim(), `${file} "${key}" is empty`);
      for (const name of names(value))
        assert.ok(names(en[key]).includes(name), `${file} "${key}" uses {${name}} unknown in en`);
    }
  }
});

test('every strings file is typed against the English keys, so `npm run check` fails on a missing or extra key', () => {
  for (const file of readdirSync(uiFolder).filter((f) => f.endsWith('.ts') && f !== 'en.ts')) {
    const source = readFileSync(new URL(file, uiFolder), 'utf8');
    assert.match(
      source,
      /:\s*UIStrings\s*=|satisfies\s+UIStrings\b/,
      `src/i18n/ui/${file} must declare its object as UIStrings (see es.ts)`,
    );
  }
});

test('a locale is one entry: its code, names, Intl locale and direction', () => {
  assert.equal(localeList[0].code, defaultLocale);
  assert.deepEqual(localeInfo.es, {
    name: 'Spanish',
    label: 'Español',
    lang: 'es',
    intl: 'es-US',
    og: 'es_US',
    dir: 'ltr',
  });
  assert.equal(new Set(locales).size, locales.length, 'codes are unique');
  for (const locale of locales) assert.doesNotThrow(() => new Intl.Locale(localeInfo[locale].lang), locale);
});

test('t() looks strings up and fills placeholders', () => {
  assert.equal(translator(en)('hotline.call', { number: '1-888-373-7888' }), 'Call 1-888-373-7888');
  assert.equal(translator(es)('hotline.call', { number: '1-888-373-7888' }), 'Llame al 1-888-373-7888');
  assert.throws(() => interpolate('Call {number}'), /Missing value for "\{number\}"/);
  assert.throws(() => interpolate('Call {number}', { name: 'x' }), /Missing value for "\{number\}"/);
  assert.equal(interpolate('No placeholder here { }'), 'No placeholder here { }');
  assert.equal(interpolate('{a} and {a}, {b}', { a: 1, b: 'two' }), '1 and 1, two');
});

test('paths per locale', () => {
  assert.equal(localizePath('/', 'en'), '/');
  assert.equal(localizePath('/', 'es'), '/es/');
  assert.equal(localizePath('/campaigns/stockton/', 'es'), '/es/campaigns/stockton/');
  assert.equal(localizePath('/es/campaigns/stockton/', 'en'), '/campaigns/stockton/');
  assert.equal(localizePath('/es/campaigns/stockton/', 'es'), '/es/campaigns/stockton/');
  assert.equal(localizePath('campaigns/stockton', 'es'), '/es/campaigns/stockton/');
  assert.equal(localizePath('/rss.xml', 'es'), '/es/rss.xml');
  assert.equal(localizePath('/es/rss.xml', 'en'), '/rss.xml');
  assert.equal(localizePath('//blog//a', 'es'), '/es/blog/a/');
  assert.equal(localizePath('/es', 'en'), '/');
  assert.equal(localizePath('/espanol/', 'es'), '/es/espanol/');
});

test('locale of a path and of a route parameter', () => {
  assert.equal(localeFromPath('/es/'), 'es');
  assert.equal(localeFromPath('/es'), 'es');
  assert.equal(localeFromPath('/estadisticas/'), 'en');
  assert.equal(localeFromPath('/campaigns/stockton/'), 'en');
  assert.deepEqual(splitLocalePath('/es/campaigns/stockton/'), { locale: 'es', path: '/campaigns/stockton/' });
  assert.equal(localeFromParam(undefined), 'en');
  assert.equal(localeFromParam('es'), 'es');
  assert.throws(() => localeFromParam('fr'), /Unknown locale/);
});

test('alternate paths list the page in every language', () => {
  assert.deepEqual(
    alternatePaths('/es/campaigns/stockton/'),
    locales.map((locale) => ({ locale, path: localizePath('/campaigns/stockton/', locale) })),
  );
  assert.deepEqual(alternatePaths('/es/campaigns/stockton/').slice(0, 2), [
    { locale: 'en', path: '/campaigns/stockton/' },
    { locale: 'es', path: '/es/campaigns/stockton/' },
  ]);
});

test('numbers are formatted per locale', () => {
  assert.equal(formatNumber(27600000, 'en'), '27,600,000');
  assert.equal(formatNumber(0.68, 'en', { style: 'percent' }), '68%');
  assert.match(formatNumber(0.68, 'es', { style: 'percent' }), /^68\s?%$/);
});

test("dates are written per locale, from the locale entry's month table where Intl has no data (Hmong)", () => {
  assert.equal(formatDate(new Date('2026-11-26T00:00:00Z'), 'en'), 'November 26, 2026');
  // Node's ICU has no Hmong: Intl would write English month names.
  assert.equal(
    new Intl.DateTimeFormat('hmn', { dateStyle: 'long', timeZone: 'UTC' }).resolvedOptions().locale.startsWith('hmn'),
    false,
  );
  assert.equal(formatDate(new Date('2026-01-05T00:00:00Z'), 'hmn'), '5 Lub Ib Hlis 2026');
  assert.equal(formatDate(new Date('2026-11-26T00:00:00Z'), 'hmn'), '26 Lub Kaum Ib Hlis 2026');
  assert.equal(formatDate(new Date('2026-06-30T23:00:00Z'), 'hmn', 'medium'), '30 Lub Rau Hli 2026');
  // Figures and phone numbers keep the digits the English uses; the page still says it is Hmong.
  assert.equal(formatNumber(27600000, 'hmn'), '27,600,000');
  assert.equal(localeInfo.hmn.og, 'hmn_US');
  assert.deepEqual(splitLocalePath('/hmn/signs/'), { locale: 'hmn', path: '/signs/' });
});

test('Khmer keeps every placeholder, has Khmer month names and writes figures with the English digits', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(en) as (keyof typeof en)[])
    assert.deepEqual(names(km[key]), names(en[key]), `km "${key}" placeholders`);
  assert.equal(translator(km)('hotline.call', { number: '1-888-373-7888' }), 'ហៅលេខ 1-888-373-7888');
  assert.equal(formatDate(new Date('2026-11-24T00:00:00Z'), 'km'), '24 វិច្ឆិកា 2026');
  assert.equal(formatNumber(27600000, 'km'), '27,600,000');
  assert.equal(
    formatNumber(27600000, 'km', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }),
    '27.6 លាន',
  );
  assert.equal(formatNumber(0.68, 'km', { style: 'percent' }), '68%');
});

test('a UI string splits around one placeholder, so its value can carry its own lang', () => {
  assert.deepEqual(splitAround(translator(km), 'stats.explainer', 'title'), ['អំពីតួលេខនេះ៖ ', '']);
  assert.deepEqual(splitAround(translator(en), 'card.call', 'number', { hotline: 'hotline' }), [
    'Call the hotline: ',
    '',
  ]);
  assert.throws(() => splitAround(translator(en), 'card.call', 'hotline'), /Missing value for "\{number\}"/);
  assert.throws(() => splitAround(translator(en), 'stats.all', 'title'), /"stats.all" must use \{title\} exactly once/);
});

test('Punjabi: Gurmukhi month names, the English digits in every date and figure, every placeholder kept', () => {
  assert.deepEqual(localeInfo.pa, {
    name: 'Punjabi',
    label: 'ਪੰਜਾਬੀ',
    lang: 'pa',
    intl: 'pa-IN',
    og: 'pa_IN',
    dir: 'ltr',
  });
  const date = formatDate(new Date(Date.UTC(2026, 10, 24)), 'pa');
  assert.match(date, /^24 ਨਵੰਬਰ 2026$/);
  // Gurmukhi digits are U+0A66 to U+0A6F: phone numbers and figures must match the English ones.
  const gurmukhiDigit = /[\u0A66-\u0A6F]/;
  for (const text of [
    date,
    formatNumber(27600000, 'pa'),
    formatNumber(0.68, 'pa', { style: 'percent' }),
    formatNumber(2012, 'pa', { useGrouping: false }),
  ]) {
    assert.doesNotMatch(text, gurmukhiDigit, text);
  }
  assert.equal(formatNumber(0.68, 'pa', { style: 'percent' }), '68%');
  assert.equal(translator(pa)('hotline.call', { number: '1-888-373-7888' }), '1-888-373-7888 ’ਤੇ ਫ਼ੋਨ ਕਰੋ');
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(en) as (keyof typeof en)[])
    assert.deepEqual(names(pa[key]), names(en[key]), `pa "${key}"`);
});
