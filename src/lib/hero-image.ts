/**
 * A post's or campaign's hero picture, as staff and the web editor write it: `hero.image` is the
 * path of a file in content/images/, relative to the entry's own file (`../../images/posts/x.jpg`
 * from `content/posts/en/x.mdx`; one `../` more from a sub-folder). These checks need no file
 * system; src/lib/entry-ids.ts adds "the file exists" and src/lib/pictures.ts finds the picture.
 */
import { posix } from 'node:path';
import { IMAGES_FOLDER } from './cms-save.ts';

/** The kinds of picture a hero may be: what Astro's `image()` took (the web editor uploads JPEG, PNG and WebP). */
export const PICTURE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'svg'] as const;

const EXAMPLE = 'e.g. ../../images/posts/my-picture.jpg';

/** Is this file name one of the picture kinds a hero may be (by its extension, in any case)? */
export function isPictureFile(file: string): boolean {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return !!extension && (PICTURE_EXTENSIONS as readonly string[]).includes(extension);
}

/** What is wrong with a hero.image value whatever file it is in, or undefined. */
export function heroImageProblem(image: string): string | undefined {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(image) || /^[/\\]{2}/.test(image))
    return `"${image}" is on another website. Pictures must be files of this site: put it in ${IMAGES_FOLDER}/ and give the relative path, ${EXAMPLE}.`;
  if (!/^\.\.?\//.test(image))
    return `"${image}" must be the path of a file in ${IMAGES_FOLDER}/, relative to this file, ${EXAMPLE}.`;
  if (!isPictureFile(image))
    return `"${image}" is not a picture Astro can resize. Use a ${PICTURE_EXTENSIONS.join(', ')} file.`;
  return undefined;
}

/**
 * The picture's path from the project root (`content/images/posts/x.jpg`) for an entry file
 * (`content/posts/en/x.mdx`, from the project root) and its hero.image; or what is wrong with it.
 */
export function heroPictureFile(entryFile: string, image: string): { file: string } | { error: string } {
  const problem = heroImageProblem(image);
  if (problem) return { error: problem };
  const file = posix.join(posix.dirname(entryFile.replaceAll('\\', '/')), image);
  if (!file.startsWith(`${IMAGES_FOLDER}/`))
    return {
      error: `"${image}" is not in ${IMAGES_FOLDER}/ (it points to ${file}). Put the picture there, ${EXAMPLE}.`,
    };
  return { file };
}
