/**
 * The components content files may use by name (`<Hotline />`), without
 * importing them. The content guard (src/content-guard/) allows exactly these;
 * `index.ts` must export exactly these (its type checks it).
 */
export const mdxComponentNames = [
  'Hotline',
  'AppLinks',
  'Emergency',
  'SupportUs',
  'StatFigure',
  'UkHelplines',
  'FoodIndustryNumber2018',
] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
