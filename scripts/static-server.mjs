// A small static file server for the built site: used by `npm start` and by the browser tests.
// It serves dist/ under the configured base path, answers unknown paths with the site's 404 page,
// and sends no cookies and nothing from other origins.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Maps a request path to a file in root, or null. Never leaves root. */
export function resolveFile(root, base, urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  if (!path.startsWith(base)) return null;
  const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function startServer({ root = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
  const absoluteRoot = resolve(root);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const pathOnly = url.split('?')[0];
    // /base → /base/ and /page → /page/ like a typical static host.
    if (!pathOnly.endsWith('/') && !extname(pathOnly) && resolveFile(absoluteRoot, base, `${pathOnly}/`)) {
      res.writeHead(301, { location: `${pathOnly}/` });
      res.end();
      return;
    }
    const file = resolveFile(absoluteRoot, base, url);
    const status = file ? 200 : 404;
    const body = file ?? join(absoluteRoot, '404.html');
    res.writeHead(status, {
      'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    if (existsSync(body)) createReadStream(body).pipe(res);
    else res.end('404');
  });
  return new Promise((resolveStart) => server.listen(port, host, () => resolveStart(server)));
}
