// Builds a site folder (Astro, then the Pagefind index), each step under GNU time: wall time, CPU
// time of the whole process tree and its peak memory, and the build's phases from its log
// (bench/profile.ts).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { profile, type LogLine, type Phase } from './profile.ts';
import type { Readable } from 'node:stream';
import { ROOT } from './sites.ts';

const TIME = '/usr/bin/time';
const MARK = 'BENCH';

interface Timed {
  lines: LogLine[];
  wallMs: number;
  cpuSeconds: number;
  peakMemoryMb: number;
}

export interface BuildResult {
  pages: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryMb: number;
  phases: Phase[];
}

/** Runs a command under GNU time; resolves with its log lines, each with the ms since the start. */
function timed(dir: string, args: string[]): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(TIME, ['-f', `${MARK} %e %U %S %M`, ...args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const lines: LogLine[] = [];
    let timeLine = '';
    const collect = (stream: Readable) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const ms = performance.now() - start;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const text of parts) {
          if (text.startsWith(MARK)) timeLine = text;
          else lines.push({ ms, text });
        }
      });
      stream.on(
        'end',
        () =>
          rest &&
          (rest.startsWith(MARK)
            ? (timeLine = rest)
            : lines.push({ ms: performance.now() - start, text: rest })),
      );
    };
    collect(child.stdout);
    collect(child.stderr);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        const tail = lines
          .map((l) => l.text)
          .filter((l) => !/WARN|^\s*$/.test(l))
          .slice(-30)
          .join('\n');
        return reject(new Error(`${args.join(' ')} failed in ${dir}:\n${tail}`));
      }
      const [, wall, user, system, rssKb] = /BENCH (\S+) (\S+) (\S+) (\d+)/.exec(timeLine) ?? [];
      resolve({
        lines,
        wallMs: Number(wall) * 1000,
        cpuSeconds: Number(user) + Number(system),
        peakMemoryMb: Math.round(Number(rssKb) / 1024),
      });
    });
  });
}

export async function build(dir: string): Promise<BuildResult> {
  const astro = await timed(dir, [
    process.execPath,
    join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    'build',
  ]);
  const search = await timed(dir, [
    process.execPath,
    join(ROOT, 'scripts/index-search.ts'),
    'dist',
  ]);
  const phases = [
    ...profile(astro.lines, astro.wallMs),
    { phase: 'search index (Pagefind)', ms: search.wallMs },
  ];
  return {
    pages: countPages(join(dir, 'dist')),
    wallSeconds: (astro.wallMs + search.wallMs) / 1000,
    cpuSeconds: astro.cpuSeconds + search.cpuSeconds,
    peakMemoryMb: Math.max(astro.peakMemoryMb, search.peakMemoryMb),
    phases,
  };
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind'),
  ).length;
}
