/**
 * A throwaway copy of the project in a temporary folder, for tests and
 * benchmarks that change content or code and build it (the packages in
 * node_modules are linked, not copied). The one list of what a build needs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { LOCAL_SITE_URL } from '@/config/site.ts';

/** The project folder (the one holding package.json). */
export const PROJECT = resolve(import.meta.dirname, '../..');

/** Everything `astro sync` / `astro build` reads. */
const BUILD_INPUTS = [
  'src',
  'content',
  'public',
  'scripts',
  'astro.config.mjs',
  'tailwind.config.cjs',
  'tsconfig.json',
  'package.json',
];

export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const item of BUILD_INPUTS) cpSync(join(PROJECT, item), join(dir, item), { recursive: true });
  // Every package is linked (see linkPackages), but Astro's cache (node_modules/.astro: the content store, images,
  // incremental-build records) is the copy's own, so a copy's builds neither read nor change the
  // project's. It starts with a copy of the project's optimised images, to save redoing them.
  linkPackages(dir);
  const images = join(PROJECT, 'node_modules', '.astro', 'assets');
  if (existsSync(images)) cpSync(images, join(dir, 'node_modules', '.astro', 'assets'), { recursive: true });
  return dir;
}

/** A node_modules in `dir` linking every package of the project's, without Astro's cache. */
export function linkPackages(dir: string) {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
    if (entry !== '.astro') symlinkSync(join(PROJECT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/** Run `fn` on a fresh copy, removed afterwards whatever happens. */
export async function withProjectCopy<T>(prefix: string, fn: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = copyProject(prefix);
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Run an Astro command (`sync`, `build`) in a copy; the output has no colour codes, so tests can match it.
 * Builds get the local address as SITE_URL unless the environment or `env` says otherwise; a key set
 * to undefined in `env` is removed (to test a build without it).
 */
export function astro(
  dir: string,
  args: string[],
  timeout = 120_000,
  env: Record<string, string | undefined> = {},
): { status: number | null; output: string } {
  const merged: Record<string, string | undefined> = {
    SITE_URL: LOCAL_SITE_URL,
    ...process.env,
    ...env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  const run = spawnSync('npx', ['astro', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout,
    env: merged as NodeJS.ProcessEnv,
  });
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}
