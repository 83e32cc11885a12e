/** Provided at build time by src/integrations/hero-pictures.ts. */
declare module 'virtual:hero-pictures' {
  import type { ImageMetadata } from 'astro';
  /** The pictures of content/images/ by their path from the project root: `content/images/posts/x.jpg`. */
  const pictures: Record<string, ImageMetadata>;
  export default pictures;
}
