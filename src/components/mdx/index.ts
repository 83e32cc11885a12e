/** Components that content files may use by name, without importing them. */
import Hotline from './Hotline.astro';
import AppLinks from './AppLinks.astro';
import SupportUs from './SupportUs.astro';
import Emergency from './Emergency.astro';

export const mdxComponents = { Hotline, AppLinks, SupportUs, Emergency };
