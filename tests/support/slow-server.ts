/**
 * The built site served as a slow connection delivers it: each HTML page in small pieces with a
 * pause between them, so Chromium draws the page while it is still arriving. Layout that depends
 * on what has not arrived yet (a grid that spreads three items over four columns until the fourth
 * comes, a heading margin that collapses through <main>) then shows up as layout shift.
 * Other files are sent at once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DIST } from './dist';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export interface SlowSite {
  origin: string;
  close: () => Promise<void>;
}

/** `base` is the site's base path, stripped from each address. Pieces of `piece` bytes, `pause` ms apart. */
export async function startSlowSite(
  base = '/',
  { piece = 1500, pause = 60 } = {},
): Promise<SlowSite> {
  const send = async (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const root = resolve(DIST);
    let file = resolve(root, `.${path.startsWith(base) ? `/${path.slice(base.length)}` : path}`);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (extname(file) !== '.html') {
      response.end(body);
      return;
    }
    for (let at = 0; at < body.length; at += piece) {
      response.write(body.subarray(at, at + piece));
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    response.end();
  };
  const server: Server = createServer((request, response) => void send(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
