/** Components that content files may use by name, without importing them. */
import Hotline from './Hotline.astro';
import AppLinks from './AppLinks.astro';
import StatFigure from './StatFigure.astro';
import UkHelplines from './UkHelplines.astro';
import FoodIndustryNumber2018 from './FoodIndustryNumber2018.astro';

export const mdxComponents = { Hotline, AppLinks, StatFigure, UkHelplines, FoodIndustryNumber2018 };
