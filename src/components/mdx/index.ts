/** Components that content files may use by name, without importing them. */
import Hotline from './Hotline.astro';
import AppLinks from './AppLinks.astro';

export const mdxComponents = { Hotline, AppLinks };
