/**
 * Gate over the built pages: what the site tells readers about the hotline and
 * about staying safe is what FACTS.md supports (issue 9 §2, §5, §7). Phrases are
 * checked in the languages written so far; every language must have the
 * privacy and accessibility statements, and the hotline's relay number comes
 * from src/config/site.ts.
 */
import { test } from 'node:test';
import { existsSync } from 'node:fs';
import assert from 'node:assert/strict';
import { helpRegions } from '@/config/help-lines.ts';
import { locales, type Locale } from '@/i18n/index.ts';
import { pagePath, postPath } from '@/lib/paths.ts';
import { builtHtml } from '../support/dist-files.ts';

const { relay } = helpRegions.us.helpline;

/** The visible text of a built page's <main>. */
const mainText = (path: string) =>
  (/<main[\s\S]*?<\/main>/.exec(builtHtml(path))?.[0] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');

const hotlineFacts: Partial<Record<Locale, string[]>> = {
  en: [
    'Polaris',
    'non-profit',
    'not the police',
    'immigration',
    'anonymously',
    'two exceptions',
    'mandated reporters',
    'more than 200 other languages',
    'English and Spanish only',
    'deaf or hard of hearing',
    'never calls people out of the blue',
  ],
  es: [
    'Polaris',
    'sin fines de lucro',
    'no es la policía',
    'inmigración',
    'de forma anónima',
    'dos excepciones',
    'denunciantes obligados',
    'más de 200 idiomas',
    'solo en inglés y en español',
    'sordo o tiene problemas de audición',
    'nunca llama a nadie',
  ],
};
/** What the quick exit does, said the same way on every safe-browsing text. */
const quickExitFacts: Partial<Record<Locale, string[]>> = {
  en: ['Back does not return', 'until you delete', 'JavaScript', 'never appear in the address bar'],
  es: ['Atrás no vuelve', 'ahí hasta que usted', 'JavaScript', 'nunca aparecen en la barra de direcciones'],
  hmn: [
    'Back yuav tsis rov qab los',
    'mus txog thaum koj tshem',
    'JavaScript',
    'yeej tsis tshwm hauv qhov chaw sau address',
  ],
  km: ['មិនត្រឡប់មកទំព័រ', 'រហូតដល់អ្នកលុបវា', 'JavaScript', 'មិនដែលបង្ហាញនៅក្នុងរបារអាសយដ្ឋាន'],
  pa: ['ਵਾਪਸ ਨਹੀਂ ਆਉਂਦ', 'ਮਿਟਾਉਂਦੇ ਨਹੀਂ', 'JavaScript', 'ਕਦੇ ਵੀ ਐਡਰੈੱਸ ਬਾਰ ਵਿੱਚ'],
};

test('get-help states the hotline facts and the 711 relay number from the config', () => {
  for (const [locale, phrases] of Object.entries(hotlineFacts) as [Locale, string[]][]) {
    const path = pagePath('get-help', locale);
    const text = mainText(path).toLowerCase();
    for (const phrase of phrases) assert.ok(text.includes(phrase.toLowerCase()), `${path}: "${phrase}"`);
    assert.match(
      builtHtml(path),
      new RegExp(`<a[^>]*href="${relay.href}"[^>]*>${relay.display}</a>`),
      `${path}: relay link`,
    );
    assert.doesNotMatch(
      text,
      /what you say is confidential|lo que cuente es confidencial/,
      `${path}: no unqualified promise`,
    );
  }
});

test('get-help and the browse-safely post say exactly what the quick exit does', () => {
  for (const [locale, phrases] of Object.entries(quickExitFacts) as [Locale, string[]][]) {
    // The post counts in the languages it is written in (elsewhere the English text stands in).
    const post = existsSync(`content/posts/${locale}/browse-this-site-safely.mdx`)
      ? [postPath('browse-this-site-safely', locale)]
      : [];
    for (const path of [pagePath('get-help', locale), ...post, pagePath('privacy', locale)]) {
      const text = mainText(path);
      for (const phrase of phrases) assert.ok(text.includes(phrase), `${path}: "${phrase}"`);
    }
  }
});

test('the language post credits only sourced facts', () => {
  for (const locale of ['en', 'es'] as const) {
    const path = postPath('why-this-site-is-in-spanish', locale);
    const text = mainText(path);
    assert.doesNotMatch(text, /American Community Survey|Comunidad Estadounidense|Vietnam/i, path);
    for (const source of ['CBS Sacramento', 'Stockton Record', 'AB 3179'])
      assert.ok(text.includes(source), `${path}: ${source}`);
  }
});

test('every language has the privacy and accessibility statements', () => {
  for (const locale of locales) {
    for (const slug of ['privacy', 'accessibility']) {
      assert.ok(builtHtml(pagePath(slug, locale)).includes('<h1'), `${pagePath(slug, locale)} is built`);
    }
  }
  assert.match(mainText(pagePath('accessibility', 'en')), /WCAG\) 2\.2 at level AA/);
  assert.match(mainText(pagePath('privacy', 'en')), /No cookies/);
});
