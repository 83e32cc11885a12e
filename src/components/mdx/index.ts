/** Components that content files may use by name, without importing them. */
import Hotline from './Hotline.astro';
import AppLinks from './AppLinks.astro';
import StatFigure from './StatFigure.astro';

export const mdxComponents = { Hotline, AppLinks, StatFigure };
