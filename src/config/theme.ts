/**
 * The theme's colours for code that cannot use Tailwind classes (the
 * `theme-color` meta tag, SVG charts), read from tailwind.config.cjs: the one
 * place colours are defined. CSS uses the same values as variables
 * (`var(--theme-ink)`, set in src/styles/global.css).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface ThemeColors {
  ink: string;
  brand: Record<'50' | '100' | '600' | '700' | '800', string>;
  alert: Record<'600' | '700', string>;
  sun: string;
  chart: Record<'light' | 'muted' | 'track', string>;
}

// Read at build time from the project folder (the config is CommonJS, as Tailwind loads it).
const config = createRequire(import.meta.url)(join(process.cwd(), 'tailwind.config.cjs')) as {
  theme: { extend: { colors: ThemeColors } };
};

export const themeColors: ThemeColors = config.theme.extend.colors;
