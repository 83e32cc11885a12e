/**
 * Astro's `getImage`, worked out once per build for the same picture and options. Every post
 * without a picture of its own shows the default one, so thousands of pages ask for the same
 * resized copies and link-preview crop; the answer (addresses, srcset, attributes) is the same
 * each time, and the copies are registered for writing by the first call. Once known, the
 * answer is handed out as itself, not as a promise (src/lib/now-or-later.ts), so the pages after
 * the first need not wait. In `npm run dev` every call goes to Astro, so an edited picture shows
 * at once.
 */
import type { GetImageResult, ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { settledCache, type NowOrLater } from './now-or-later.ts';

type ImageOptions = Parameters<typeof getImage>[0] & { src: ImageMetadata };

export function buildImage(options: ImageOptions): NowOrLater<GetImageResult> {
  // The picture by its file. Not by `src`: reading that tells Astro the page uses the original
  // file itself, which it then copies into the build.
  const file = (options.src as { fsPath?: string }).fsPath;
  if (!import.meta.env.PROD || !file) return getImage(options);
  return images(JSON.stringify({ ...options, src: file }), () => getImage(options));
}
const images = settledCache<GetImageResult>();
