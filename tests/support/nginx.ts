/**
 * Runs Debian's nginx with the project's production configuration (deploy/nginx/, unchanged)
 * on loopback ports, as a single process. Either a minimal server block around site.conf
 * (listen, root, $fc_base), or the shipped server block itself with only its ports, certificate
 * paths and root swapped for local ones.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DEPLOY = resolve(import.meta.dirname, '../../deploy/nginx');

export interface SiteRoot {
  /** Folder nginx serves as root. */
  root: string;
  /** Base path the site in it was built with. */
  base: string;
}

export interface RunningNginx {
  origins: string[];
  stop: () => Promise<void>;
}

/** The shipped production server block, on local ports with a throwaway certificate. */
export interface ProductionSite {
  root: string;
  httpPort: number;
  httpsPort: number;
  certificate: string;
  key: string;
}

/** Replaces text that must be in the shipped file, so a changed file fails loudly instead of going untested. */
function swap(text: string, from: string, to: string): string {
  if (!text.includes(from))
    throw new Error(
      `deploy/nginx/familjecentraler.conf no longer contains "${from}"; update tests/support/nginx.ts`,
    );
  return text.replaceAll(from, to);
}

export function productionServerBlocks(site: ProductionSite): string {
  let conf = readFileSync(join(DEPLOY, 'familjecentraler.conf'), 'utf8');
  conf = swap(conf, 'listen [::]:80;', '');
  conf = swap(conf, 'listen [::]:443 ssl http2;', '');
  conf = swap(conf, 'listen 80;', `listen 127.0.0.1:${site.httpPort};`);
  conf = swap(conf, 'listen 443 ssl http2;', `listen 127.0.0.1:${site.httpsPort} ssl http2;`);
  conf = swap(conf, '/etc/ssl/certs/familjecentraler.pem', site.certificate);
  conf = swap(conf, '/etc/ssl/private/familjecentraler.key', site.key);
  return swap(conf, 'root /var/www/familjecentraler;', `root ${resolve(site.root)};`);
}

/** A self-signed certificate for 127.0.0.1, made with openssl, valid for a day. */
export function throwawayCertificate(dir: string): { certificate: string; key: string } {
  const certificate = join(dir, 'test.pem');
  const key = join(dir, 'test.key');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0)
    throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
  return { certificate, key };
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForPort(origin: string, process: ChildProcess, log: () => string) {
  for (let i = 0; i < 100; i++) {
    if (process.exitCode !== null) throw new Error(`nginx stopped: ${log()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer on ${origin}: ${log()}`);
}

/** `extraServers` are whole server blocks (see productionServerBlocks); `extraOrigins` their addresses to wait for. */
export async function startNginx(
  sites: SiteRoot[],
  extraServers = '',
  extraOrigins: string[] = [],
): Promise<RunningNginx> {
  if (!existsSync(NGINX))
    throw new Error(
      `nginx not found at ${NGINX}: install Debian's nginx (apt-get install nginx-light) or set NGINX_PATH`,
    );
  const prefix = mkdtempSync(join(tmpdir(), 'fc-nginx-'));
  chmodSync(prefix, 0o755);
  cpSync(DEPLOY, join(prefix, 'familjecentraler'), { recursive: true });
  mkdirSync(join(prefix, 'temp'));
  const ports = await Promise.all(sites.map(() => freePort()));
  const servers = sites.map(
    (site, i) => `
    server {
      listen 127.0.0.1:${ports[i]};
      root ${resolve(site.root)};
      set $fc_base ${site.base};
      include familjecentraler/site.conf;
    }`,
  );
  const config = join(prefix, 'nginx.conf');
  writeFileSync(
    config,
    `# Written by tests/support/nginx.ts
daemon off;
master_process off;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(prefix, 'temp')};
  proxy_temp_path ${join(prefix, 'temp')};
  fastcgi_temp_path ${join(prefix, 'temp')};
  uwsgi_temp_path ${join(prefix, 'temp')};
  scgi_temp_path ${join(prefix, 'temp')};
  ${servers.join('\n')}
  ${extraServers}
}
`,
  );
  const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', config], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${check.stderr}`);
  const child = spawn(NGINX, ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const origins = ports.map((port) => `http://127.0.0.1:${port}`);
  for (const origin of [...origins, ...extraOrigins]) await waitForPort(origin, child, () => log);
  return {
    origins,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
