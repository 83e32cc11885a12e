import { readdir } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file in the build, as the URL path it is served at. */
export async function builtPages(dist: string): Promise<{ file: string; path: string }[]> {
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { file, path: urlPathOf(relative(dist, file).split(sep).join('/')) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The file a static host would serve for a URL path, or null when there is none. */
export function fileForPath(dist: string, pathname: string): string | null {
  const clean = decodeURIComponent(pathname);
  const direct = join(dist, clean);
  if (clean.endsWith('/')) {
    const index = join(direct, 'index.html');
    return existsSync(index) ? index : null;
  }
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  return null;
}

/** Synchronous `builtPages`, for test files that list their cases while loading. */
export function builtPagesSync(dist: string): { file: string; path: string }[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      const rel = relative(dist, file).split(sep).join('/');
      return { file, path: urlPathOf(rel) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** `campaigns/my-campaign/index.html` → `/campaigns/my-campaign/`; `es/404.html` → `/es/404.html`. */
export function urlPathOf(relativeFile: string): string {
  if (relativeFile === 'index.html') return '/';
  if (relativeFile.endsWith('/index.html')) return `/${relativeFile.slice(0, -'index.html'.length)}`;
  return `/${relativeFile}`;
}
