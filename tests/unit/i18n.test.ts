import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  alternatePaths,
  formatDate,
  formatNumber,
  interpolate,
  localeFromParam,
  localeFromPath,
  localizePath,
  splitLocalePath,
  useTranslations,
} from '../../src/i18n/index.ts';
import en from '../../src/i18n/ui/en.ts';
import es from '../../src/i18n/ui/es.ts';
import hmn from '../../src/i18n/ui/hmn.ts';

const translations = { es, hmn };

test('every locale has exactly the English keys, none empty', () => {
  for (const [locale, dict] of Object.entries(translations)) {
    assert.deepEqual(Object.keys(dict).sort(), Object.keys(en).sort(), locale);
    for (const [key, value] of Object.entries(dict)) assert.ok(value.trim(), `${locale} "${key}" is empty`);
  }
});

test('placeholders match between locales', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [locale, dict] of Object.entries(translations)) {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const name of names(dict[key])) assert.ok(names(en[key]).includes(name), `${locale} "${key}" uses {${name}} unknown in en`);
    }
  }
});

test('t() looks strings up per locale and fills placeholders', () => {
  assert.equal(useTranslations('en')('hotline.call', { number: '1-888-373-7888' }), 'Call 1-888-373-7888');
  assert.equal(useTranslations('es')('hotline.call', { number: '1-888-373-7888' }), 'Llame al 1-888-373-7888');
  assert.throws(() => interpolate('Call {number}'), /Missing value for "\{number\}"/);
});

test('paths per locale', () => {
  assert.equal(localizePath('/', 'en'), '/');
  assert.equal(localizePath('/', 'es'), '/es/');
  assert.equal(localizePath('/campaigns/stockton/', 'es'), '/es/campaigns/stockton/');
  assert.equal(localizePath('/es/campaigns/stockton/', 'en'), '/campaigns/stockton/');
  assert.equal(localizePath('/es/campaigns/stockton/', 'es'), '/es/campaigns/stockton/');
  assert.equal(localizePath('campaigns/stockton', 'es'), '/es/campaigns/stockton/');
  assert.equal(localizePath('/rss.xml', 'es'), '/es/rss.xml');
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
  assert.deepEqual(alternatePaths('/es/campaigns/stockton/'), [
    { locale: 'en', path: '/campaigns/stockton/' },
    { locale: 'es', path: '/es/campaigns/stockton/' },
    { locale: 'hmn', path: '/hmn/campaigns/stockton/' },
  ]);
  assert.deepEqual(alternatePaths('/hmn/'), [
    { locale: 'en', path: '/' },
    { locale: 'es', path: '/es/' },
    { locale: 'hmn', path: '/hmn/' },
  ]);
  // A three-letter code is a locale prefix; a longer first segment is not.
  assert.deepEqual(splitLocalePath('/hmn/signs/'), { locale: 'hmn', path: '/signs/' });
  assert.deepEqual(splitLocalePath('/hmnx/'), { locale: 'en', path: '/hmnx/' });
});

test('numbers are formatted per locale', () => {
  assert.equal(formatNumber(27600000, 'en'), '27,600,000');
  assert.equal(formatNumber(0.68, 'en', { style: 'percent' }), '68%');
  assert.match(formatNumber(0.68, 'es', { style: 'percent' }), /^68\s?%$/);
});

test('dates are written per locale, with a month table where Intl has no data (Hmong)', () => {
  const date = new Date('2026-11-26T00:00:00Z');
  assert.equal(formatDate(date, 'en'), 'November 26, 2026');
  assert.equal(formatDate(new Date('2026-01-05T00:00:00Z'), 'hmn'), '5 Lub Ib Hlis 2026');
  assert.equal(formatDate(date, 'hmn'), '26 Lub Kaum Ib Hlis 2026');
  assert.equal(formatDate(new Date('2026-06-30T23:00:00Z'), 'hmn', 'medium'), '30 Lub Rau Hli 2026');
  // Hmong numbers keep the Latin digits the English uses (phone numbers, figures).
  assert.equal(formatNumber(27600000, 'hmn'), '27,600,000');
});
