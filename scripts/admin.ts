/**
 * `npm run admin`: the web editor on this computer, writing to this checkout.
 * Builds the site for the local address (as `npm start` does), serves it, and
 * says what to do next: open /admin/ in Chrome or Edge, choose "Work with Local
 * Repository" and pick this folder. What you save there is written straight into
 * content/ here, so it shows in `git status`; nothing is sent anywhere.
 *
 *   npm run admin                 (build, then serve on http://127.0.0.1:4321/)
 *   npm run admin -- --no-build   (serve the last build)
 *   npm run admin -- --port 8181
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_SITE_URL } from '@/config/site.ts';
import { ADMIN_PAGE } from '@/lib/built-pages.ts';
import { serverPort, startServer } from './serve.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? new URL(LOCAL_SITE_URL).port },
    build: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

if (values.build) {
  const run = spawnSync('npm', ['run', 'build:local'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const server = await startServer({ dir: 'dist', port: Number(values.port) });
const address = `http://127.0.0.1:${serverPort(server)}${ADMIN_PAGE}`;
console.log(`
The web editor is at ${address}

1. Open that address in Chrome or Edge (the editor needs their folder access; Firefox and Safari lack it).
2. Choose "Work with Local Repository" and pick this folder:
     ${resolve('.')}
3. Write or edit, then Save: the file is written into content/ here. See it with \`git status\`.
   To see the page as visitors will, stop this (Ctrl+C) and run \`npm run admin\` again, or use \`npm run dev\`.

Ctrl+C stops the server.`);
