/**
 * Serves the built site in `dist/` on 127.0.0.1, with the security headers from
 * `dist/_headers` (exactly what a static host sends), directory indexes and the
 * localized 404 pages. Used by `npm start` and by the browser tests.
 *
 *   npm run serve -- [--port 4321] [--dir dist]
 */
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { matchesPattern, parseHeadersFile } from '@/lib/csp.ts';
import { splitLocalePath } from '@/i18n/index.ts';
import { notFoundPath } from '@/lib/paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function startServer(options: { dir?: string; port?: number; host?: string } = {}): Promise<Server> {
  const root = resolve(options.dir ?? 'dist');
  const host = options.host ?? '127.0.0.1';
  let rules: ReturnType<typeof parseHeadersFile> = [];
  try {
    rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    console.warn('No dist/_headers found: serving without security headers.');
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${host}`);
      const pathname = decodeURIComponent(url.pathname);
      const headers: Record<string, string> = {};
      for (const rule of rules) if (matchesPattern(rule.pattern, pathname)) Object.assign(headers, rule.headers);

      let file = normalize(join(root, pathname));
      if (!file.startsWith(root + sep) && file !== root) {
        res.writeHead(400).end();
        return;
      }
      if (pathname.endsWith('/')) file = join(file, 'index.html');
      else if (!(await isFile(file)) && (await isFile(join(file, 'index.html')))) {
        res.writeHead(301, { ...headers, Location: `${pathname}/${url.search}` }).end();
        return;
      }

      let status = 200;
      if (!(await isFile(file))) {
        status = 404;
        const { locale } = splitLocalePath(pathname);
        const localized = join(root, notFoundPath(locale));
        file = (await isFile(localized)) ? localized : join(root, '404.html');
        if (!(await isFile(file))) {
          res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
          return;
        }
      }
      res.writeHead(status, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(options.port ?? 4321, host, done));
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' } },
  });
  const port = Number(values.port);
  await startServer({ dir: values.dir, port });
  console.log(`Serving ${values.dir}/ at http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
}
