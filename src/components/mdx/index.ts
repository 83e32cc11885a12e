/** Components that content files may use by name, without importing them (names.ts lists them for the content guard). */
import type { MdxComponentName } from './names.ts';
import Hotline from './Hotline.astro';
import AppLinks from './AppLinks.astro';
import Emergency from './Emergency.astro';
import SupportUs from './SupportUs.astro';
import StatFigure from './StatFigure.astro';
import UkHelplines from './UkHelplines.astro';
import FoodIndustryNumber2018 from './FoodIndustryNumber2018.astro';

export const mdxComponents = {
  Hotline,
  AppLinks,
  Emergency,
  SupportUs,
  StatFigure,
  UkHelplines,
  FoodIndustryNumber2018,
} satisfies Record<MdxComponentName, unknown>;
