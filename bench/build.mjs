// Builds a site folder (Astro, then the Pagefind index) under GNU time: wall time, CPU time of the
// whole process tree and its peak memory.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './sites.mjs';

const TIME = '/usr/bin/time';

export function build(dir) {
  const script = `"${process.execPath}" "${join(ROOT, 'node_modules/astro/bin/astro.mjs')}" build && "${process.execPath}" "${join(ROOT, 'scripts/index-search.mjs')}" dist`;
  const result = spawnSync(TIME, ['-f', 'BENCH %e %U %S %M', 'sh', '-c', script], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => !/WARN|^\s*$/.test(l)).slice(-30).join('\n');
    throw new Error(`build failed in ${dir}:\n${tail}`);
  }
  const [, wall, user, system, rssKb] = /BENCH (\S+) (\S+) (\S+) (\d+)/.exec(result.stderr) ?? [];
  const pages = countPages(join(dir, 'dist'));
  return { pages, wallSeconds: Number(wall), cpuSeconds: Number(user) + Number(system), peakMemoryMb: Math.round(Number(rssKb) / 1024) };
}

function countPages(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind')).length;
}
