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
import pa from '../../src/i18n/ui/pa.ts';

const translations = { es, pa };

test('every locale has exactly the English keys, none empty', () => {
  for (const [code, dict] of Object.entries(translations)) {
    assert.deepEqual(Object.keys(dict).sort(), Object.keys(en).sort(), code);
    for (const [key, value] of Object.entries(dict)) assert.ok(value.trim(), `${code} "${key}" is empty`);
  }
});

test('placeholders match between locales', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    for (const name of names(es[key])) assert.ok(names(en[key]).includes(name), `es "${key}" uses {${name}} unknown in en`);
    // Punjabi keeps every placeholder of the English, no more and no fewer.
    assert.deepEqual(names(pa[key]), names(en[key]), `pa "${key}" placeholders`);
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
    { locale: 'pa', path: '/pa/campaigns/stockton/' },
  ]);
  assert.deepEqual(alternatePaths('/'), [
    { locale: 'en', path: '/' },
    { locale: 'es', path: '/es/' },
    { locale: 'pa', path: '/pa/' },
  ]);
});

test('numbers are formatted per locale', () => {
  assert.equal(formatNumber(27600000, 'en'), '27,600,000');
  assert.equal(formatNumber(0.68, 'en', { style: 'percent' }), '68%');
  assert.match(formatNumber(0.68, 'es', { style: 'percent' }), /^68\s?%$/);
});

test('Punjabi dates have Gurmukhi month names and every figure keeps the English digits', () => {
  const date = formatDate(new Date(Date.UTC(2026, 10, 24)), 'pa');
  assert.match(date, /ਨਵੰਬਰ/);
  assert.match(date, /^24 .* 2026$/);
  // Gurmukhi digits are U+0A66 to U+0A6F: phone numbers and figures must match the English ones.
  const gurmukhiDigit = /[\u0A66-\u0A6F]/;
  for (const text of [date, formatNumber(27600000, 'pa'), formatNumber(0.68, 'pa', { style: 'percent' }), formatNumber(2012, 'pa', { useGrouping: false })]) {
    assert.doesNotMatch(text, gurmukhiDigit, text);
  }
  assert.equal(formatNumber(0.68, 'pa', { style: 'percent' }), '68%');
  assert.equal(useTranslations('pa')('hotline.call', { number: '1-888-373-7888' }), '1-888-373-7888 ’ਤੇ ਫ਼ੋਨ ਕਰੋ');
});
