/**
 * A campaign's link-preview image: its picture, cropped to 1200×630, with its
 * title written across the bottom. Drawn at build time with sharp (which Astro
 * uses for images already); no request to any service.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { themeColors } from '@/config/theme.ts';
import { fileStamp } from './file-cache.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The JPEG quality of the preview image (mozjpeg). */
export const OG_QUALITY = 82;

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Break a title into at most `maxLines` lines of about `perLine` characters, at spaces; the last line ends in "…" if cut. */
export function wrapTitle(title: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

export interface OgImageInput {
  /** The campaign picture: a file path or its bytes. */
  picture: string | Buffer;
  title: string;
  /** Small line above the title: the organisation's name. */
  kicker: string;
  /** BCP 47 language of the title, so the text is shaped with the right fonts. */
  lang: string;
}

export interface OgImageOptions {
  /**
   * A folder to keep drawn images in between builds (the endpoint passes Astro's image cache,
   * `<cacheDir>/assets/`, where Astro keeps the images it optimises). An image found there under
   * its key (ogImageKey: everything the drawing depends on) is used as it is, not drawn again.
   */
  cacheDir?: string;
}

/**
 * The preview image as JPEG bytes. A language without its own text of a campaign shows the
 * English one, so its image is the English image: drawn once per picture file, title, kicker
 * and language, and shared by every page that needs it (drawing one takes a tenth of a second).
 */
export function campaignOgImage(input: OgImageInput, { cacheDir }: OgImageOptions = {}): Promise<Buffer> {
  if (typeof input.picture !== 'string') return cachedOgImage(input, input.picture, cacheDir);
  // The file's size and time are in the key, so a changed picture (in `npm run dev`) is drawn again.
  const key = JSON.stringify([
    input.picture,
    fileStamp(input.picture),
    input.title,
    input.kicker,
    input.lang,
    cacheDir,
  ]);
  let image = drawn.get(key);
  if (!image) {
    const picture = input.picture;
    drawn.set(key, (image = readFile(picture).then((bytes) => cachedOgImage(input, bytes, cacheDir))));
    // A failed drawing is not kept: the next page asking tries again (and reports its own error).
    image.catch(() => drawn.delete(key));
  }
  return image;
}
const drawn = new Map<string, Promise<Buffer>>();

/**
 * What a drawing depends on besides its input: the code that draws it (the source of the
 * functions below, as this build runs them), the theme's colours it uses, its size and quality,
 * and the versions of sharp and the libraries it draws with.
 */
export function ogDrawing(): string {
  return JSON.stringify([
    [drawOgImage, wrapTitle, escapeXml].map(String),
    [themeColors.ink, themeColors.sun],
    [OG_WIDTH, OG_HEIGHT, OG_QUALITY],
    sharp.versions,
  ]);
}

/**
 * The name a drawn image is kept under: a hash of everything the drawing depends on (the
 * picture's bytes, title, kicker, language, and `ogDrawing()`), so that any change to one of
 * them draws the image again.
 */
export function ogImageKey(input: Omit<OgImageInput, 'picture'>, picture: Buffer, drawing = ogDrawing()): string {
  const pictureHash = createHash('sha256').update(picture).digest('hex');
  return createHash('sha256')
    .update(JSON.stringify([pictureHash, input.title, input.kicker, input.lang, drawing]))
    .digest('hex')
    .slice(0, 32);
}

/** The file in `cacheDir` that keeps the image of this key. */
export const ogCacheFile = (cacheDir: string, key: string) => join(cacheDir, `og-image-${key}.jpg`);

/** The image kept in `cacheDir` under its key, or drawn (and then kept there). */
async function cachedOgImage(input: OgImageInput, picture: Buffer, cacheDir: string | undefined): Promise<Buffer> {
  if (!cacheDir) return drawOgImage({ ...input, picture });
  const file = ogCacheFile(cacheDir, ogImageKey(input, picture));
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const image = await drawOgImage({ ...input, picture });
  await mkdir(cacheDir, { recursive: true });
  // Written under another name first, so a build stopped halfway never leaves half an image under the key.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, image);
  await rename(partial, file);
  return image;
}

/** Draws the image (no cache): exported for the tests. */
export async function drawOgImage({ picture, title, kicker, lang }: OgImageInput): Promise<Buffer> {
  const fontSize = title.length > 60 ? 50 : 60;
  const lines = wrapTitle(title, Math.floor(2000 / fontSize), 3);
  const lineHeight = Math.round(fontSize * 1.2);
  const ink = themeColors.ink;
  const bottom = OG_HEIGHT - 56;
  const firstBaseline = bottom - (lines.length - 1) * lineHeight;
  const text = lines
    .map((l, i) => `<text x="56" y="${firstBaseline + i * lineHeight}" class="title">${escapeXml(l)}</text>`)
    .join('');
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" xml:lang="${escapeXml(lang)}">
  <defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${ink}" stop-opacity="0"/><stop offset="0.55" stop-color="${ink}" stop-opacity="0.75"/><stop offset="1" stop-color="${ink}" stop-opacity="0.95"/>
  </linearGradient></defs>
  <style>
    .title { font: 700 ${fontSize}px 'Noto Sans', 'DejaVu Sans', sans-serif; fill: #fff; }
    .kicker { font: 700 28px 'Noto Sans', 'DejaVu Sans', sans-serif; fill: ${themeColors.sun}; letter-spacing: 2px; }
  </style>
  <rect x="0" y="${OG_HEIGHT * 0.25}" width="${OG_WIDTH}" height="${OG_HEIGHT * 0.75}" fill="url(#shade)"/>
  <text x="56" y="${firstBaseline - lineHeight - 4}" class="kicker">${escapeXml(kicker)}</text>
  ${text}
</svg>`;
  return sharp(picture)
    .resize(OG_WIDTH, OG_HEIGHT, { fit: 'cover' })
    .composite([{ input: Buffer.from(overlay), top: 0, left: 0 }])
    .jpeg({ quality: OG_QUALITY, mozjpeg: true })
    .toBuffer();
}
