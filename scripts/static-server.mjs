// A plain static server for the production build, as a simple host would serve it: files as they
// are (no compression), `/roadmap` from `roadmap/index.html` when the build has one, and
// `index.html` for every other path, so deep links work. Used by `npm run lighthouse`, which
// must measure the build without the gzip that `vite preview` adds.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** The file a request path maps to, or null. Never leaves `root`. */
export function resolveFile(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, path), join(root, path, 'index.html'), join(root, 'index.html')];
  for (const file of candidates) {
    if (!resolve(file).startsWith(resolve(root))) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** @returns {Promise<{ url: string, stop: () => Promise<void> }>} */
export function startStaticServer(root, port) {
  const server = createServer((request, response) => {
    const file = resolveFile(root, request.url ?? '/');
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Hashed assets may be cached for ever; pages and the rest are revalidated, as hosts do.
    const cache = file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) =>
      reject(new Error(`The static server could not listen on port ${port}: ${error.message}`)),
    );
    server.listen(port, '127.0.0.1', () =>
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        stop: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
