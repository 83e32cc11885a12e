/**
 * Makes sure a Chromium is available for the browser tests. Uses Debian's
 * /usr/bin/chromium when present; otherwise installs it with apt-get (as root,
 * or through sudo), and as a last resort asks Playwright for its own build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SYSTEM_CHROMIUM } from '../tests/support/browser.ts';

function run(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

if (existsSync(SYSTEM_CHROMIUM)) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const apt = isRoot ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
if (existsSync('/usr/bin/apt-get')) {
  console.log(`${SYSTEM_CHROMIUM} not found: installing Debian's chromium package…`);
  const [cmd, ...pre] = apt as [string, ...string[]];
  if (
    run(cmd, [...pre, 'update', '-qq']) &&
    run(cmd, [...pre, 'install', '-y', '-qq', 'chromium']) &&
    existsSync(SYSTEM_CHROMIUM)
  ) {
    process.exit(0);
  }
}

console.log('Falling back to Playwright’s own Chromium…');
if (!run('npx', ['playwright', 'install', 'chromium'])) {
  console.error(
    'Could not install a Chromium. Install the "chromium" package (apt-get install chromium) and run npm test again.',
  );
  process.exit(1);
}
