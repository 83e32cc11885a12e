import type { ConfigData } from 'html-validate';

/**
 * html-validate's recommended rules, with the few that clash with how Astro
 * writes HTML (minified attribute quoting, inline SVG icons) relaxed.
 */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro minifies output and may drop quotes or self-close void elements.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Long tailwind class lists and minified markup.
    'long-title': 'off',
    // Phone numbers keep plain hyphens so a copied number still dials; CSS stops them wrapping.
    'tel-non-breaking': 'off',
    // Heading ids come from the heading text. In Khmer (and other abugidas such as Gurmukhi) a word
    // carries combining vowel signs (Unicode marks), which the strict mode does not count as letters;
    // HTML allows any id without spaces, so only empty ids and ids with whitespace are errors.
    'valid-id': ['error', { relaxed: true }],
    // The Content-Security-Policy forbids style attributes: catch them here first.
    'no-inline-style': 'error',
  },
};
