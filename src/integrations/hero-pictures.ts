/**
 * `virtual:hero-pictures`: the pictures of content/images/ that hero pictures come from, each
 * imported once (so each is one module with Astro's ImageMetadata, however many posts show it),
 * keyed by their path from the project root (`content/images/posts/x.jpg`). src/lib/pictures.ts
 * finds an entry's picture in it.
 *
 * It replaces Astro's `image()` in the schema, which imports the picture once per entry (the
 * default picture thousands of times) at content sync and while bundling. Like `image()`, a build
 * imports only the pictures some post or campaign names in `hero.image`: an imported picture's
 * original file is copied into the build unless a page shows only resized copies, so a picture
 * nothing names must not be imported. `npm run dev` lists every picture in the folder, and makes
 * the list again when one is added or removed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { heroPictureFile, isPictureFile } from '../lib/hero-image.ts';
import { IMAGES_FOLDER } from '../lib/cms-save.ts';
import { virtualModule } from './virtual-module.ts';

export const HERO_PICTURES_MODULE = 'virtual:hero-pictures';
/** The collections whose entries have a hero picture. */
const HERO_COLLECTIONS = ['posts', 'campaigns'];

/** Files under `dir` (recursively), as paths from `root` with `/`. */
function filesUnder(root: string, dir: string): string[] {
  const folder = join(root, dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

/** Every picture in content/images/. */
export function allPictures(root: string): string[] {
  return filesUnder(root, IMAGES_FOLDER).filter(isPictureFile).sort();
}

/**
 * The pictures that posts and campaigns (drafts too, as with Astro's `image()`) name in their
 * frontmatter's `image:`, read from the files; a path that names no picture is left to the
 * entry's checks (src/lib/entry-ids.ts), which stop the build naming the file.
 */
export function namedPictures(root: string): string[] {
  const named = new Set<string>();
  for (const collection of HERO_COLLECTIONS) {
    for (const file of filesUnder(root, `content/${collection}`)) {
      // As the collections' loaders: Markdown and MDX files, not those whose name starts with `_`.
      if (!/(^|\/)[^_/][^/]*\.mdx?$/.test(file)) continue;
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, file), 'utf8'))?.[1] ?? '';
      for (const [, value] of frontmatter.matchAll(/^\s+image:\s*(.*?)\s*$/gm)) {
        const found = heroPictureFile(file, value!.replace(/^(["'])(.*)\1$/, '$2'));
        if ('file' in found && existsSync(join(root, found.file))) named.add(found.file);
      }
    }
  }
  return [...named].sort();
}

/** The module: one import per picture, and the pictures by path. */
export function picturesModule(files: readonly string[]): string {
  const imports = files.map((file, i) => `import picture${i} from ${JSON.stringify(`/${file}`)};`);
  const entries = files.map((file, i) => `  ${JSON.stringify(file)}: picture${i},`);
  return `${imports.join('\n')}\nexport default {\n${entries.join('\n')}\n};\n`;
}

export default function heroPictures(): AstroIntegration {
  return {
    name: 'hero-pictures',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const root = resolve(fileURLToPath(config.root));
        const build = command === 'build';
        updateConfig({
          vite: {
            plugins: [
              virtualModule(
                'hero-pictures',
                HERO_PICTURES_MODULE,
                () => picturesModule(build ? namedPictures(root) : allPictures(root)),
                (server, invalidate) => {
                  // A picture added or removed while `npm run dev` runs: the list is made again.
                  const changed = (file: string) => {
                    if (!relative(join(root, IMAGES_FOLDER), file).startsWith('..') && isPictureFile(file))
                      invalidate();
                  };
                  server.watcher.on('add', changed);
                  server.watcher.on('unlink', changed);
                },
              ),
            ],
          },
        });
      },
    },
  };
}
