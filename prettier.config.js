// @ts-check
/**
 * Prettier, with prettier-plugin-astro for .astro files. `npm run format`
 * writes, `npm run format:check` checks. content/ is left out (.prettierignore):
 * reformatting MDX can change what it says.
 * @type {import('prettier').Config}
 */
export default {
  plugins: ['prettier-plugin-astro'],
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
