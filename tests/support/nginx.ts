/**
 * Runs Debian's nginx with the project's production configuration (deploy/nginx/site.conf and
 * security-headers.conf, unchanged) on loopback ports, as an unprivileged single process.
 * Only what a real server block sets (listen, root, $fc_base) is written here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

async function freePort(): Promise<number> {
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
      await fetch(origin);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not answer on ${origin}: ${log()}`);
}

export async function startNginx(sites: SiteRoot[]): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: install Debian's nginx (apt-get install nginx-light) or set NGINX_PATH`);
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
}
`,
  );
  const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', config], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${check.stderr}`);
  const child = spawn(NGINX, ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (chunk) => (log += chunk));
  const origins = ports.map((port) => `http://127.0.0.1:${port}`);
  for (const origin of origins) await waitForPort(origin, child, () => log);
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
