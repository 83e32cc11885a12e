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
  },
  plugins: [require('@tailwindcss/typography')],
};
