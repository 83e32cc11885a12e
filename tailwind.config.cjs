const typographyDefaults = require('@tailwindcss/typography/src/styles.js');

/**
 * Elements the typography plugin styles inside `.prose` that no page's text
 * uses (code, keyboard keys, tables, rules, definition lists, videos,
 * a "lead" paragraph, h1: the page title sits outside the prose). Their rules
 * were a quarter of the stylesheet every page downloads, so they are left out.
 * tests/site/prose-elements.test.ts fails if built prose ever contains one, so
 * a writer who starts using a table knows to take it off this list.
 */
const unstyledProseElements = [
  'h1',
  'kbd',
  'code',
  'pre',
  'video',
  'hr',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'lead',
];

/** A typography selector ("thead th strong", "hr + *", "ol > li::marker") names an unstyled element. */
const namesUnstyled = (selector) =>
  selector
    .replace(/\[class~="lead"\]/g, ' lead ')
    .split(/[\s,>+~:()]+/)
    .some((part) => unstyledProseElements.includes(part));

/** Colour variables of the kept elements (headings, links, bold, list markers, captions). */
const keptColours = ['body', 'headings', 'links', 'bold', 'counters', 'bullets', 'captions'].map(
  (name) => `--tw-prose-${name}`,
);
/**
 * The quotation marks the plugin draws around a blockquote's first and last paragraphs. Quotes in
 * the text carry their own marks in their language's style ("…", «…»), and the last paragraph is
 * often who said it, so drawn marks doubled the text's and closed after the speaker's name.
 */
const drawnQuoteMarks = /^blockquote p:(first|last)-of-type::(before|after)$/;
const keep = (key) =>
  key.startsWith('--tw-prose-') ? keptColours.includes(key) : !namesUnstyled(key) && !drawnQuoteMarks.test(key);

/**
 * The plugin's own default prose styles with the slate colours (the only
 * colour scheme the site uses, so no `prose-slate` class and no second set of
 * colour variables), minus the unstyled elements, the dark-mode
 * (`--tw-prose-invert-*`) and the other unused colour variables.
 */
const proseCss = [...typographyDefaults.DEFAULT.css, typographyDefaults.slate.css].map((block) =>
  Object.fromEntries(Object.entries(block).filter(([key]) => keep(key))),
);

/**
 * The site's theme. Loaded from src/styles/global.css with `@config`.
 * Colours are chosen for WCAG 2.2 AA contrast on white and on `ink`. This is
 * the one place colours are defined: CSS reads them as `var(--theme-…)`
 * (src/styles/global.css), TypeScript through src/config/theme.ts.
 * @type {import('tailwindcss').Config}
 */
module.exports = {
  theme: {
    extend: {
      colors: {
        ink: '#14213d',
        brand: {
          50: '#eef4fb',
          100: '#d7e6f5',
          600: '#1d5fa8',
          700: '#174c87',
          800: '#123b69',
        },
        alert: {
          600: '#b3261e',
          700: '#8f1e18',
        },
        sun: '#ffd166',
        /** Extra shades for the statistics charts (src/components/stats/StatChart.astro). */
        chart: {
          light: '#9dbde0',
          muted: '#5b6b8c',
          track: '#c5cfdc',
        },
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Noto Sans"',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ],
      },
      maxWidth: {
        prose: '68ch',
      },
    },
    // Replaces (not extends) the plugin's modifiers: only `prose` itself is used.
    typography: { DEFAULT: { css: proseCss } },
  },
  plugins: [require('@tailwindcss/typography')],
  unstyledProseElements,
};
