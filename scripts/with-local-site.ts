/**
 * Runs a command with SITE_URL set to this computer's address, the way `npm start`,
 * `npm test` and CI build the site to look at it locally (a build for deployment
 * sets SITE_URL to the public address instead; without it `npm run build` stops).
 * npm scripts cannot set environment variables the same way on Windows, macOS and
 * Linux; this does.
 *
 *   node --import ./scripts/register-alias.ts scripts/with-local-site.ts npm run build
 */
import { spawnSync } from 'node:child_process';
import { LOCAL_SITE_URL } from '@/config/site.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: node scripts/with-local-site.ts <command> [arguments…]');
  process.exit(2);
}
const run = spawnSync(command, args, {
  stdio: 'inherit',
  // npm is npm.cmd on Windows, which only a shell can start.
  shell: process.platform === 'win32',
  env: { ...process.env, SITE_URL: LOCAL_SITE_URL },
});
if (run.error) console.error(run.error.message);
process.exit(run.status ?? 1);
