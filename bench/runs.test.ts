import { describe, expect, it } from 'vitest';
import type { BuildResult } from './build.ts';
import { leastDisturbed } from './runs.ts';

const run = (wallSeconds: number, cpuSeconds: number, phase: string): BuildResult => ({
  pages: 10,
  wallSeconds,
  cpuSeconds,
  peakMemoryMb: 100,
  phases: [{ phase, ms: wallSeconds * 1000 }],
});

describe('leastDisturbed', () => {
  it('reports the run with the least CPU time as a whole, its phases included, and lists every run', () => {
    const reported = leastDisturbed([run(5, 7, 'first'), run(6, 6, 'second'), run(4, 8, 'third')]);
    expect(reported.cpuSeconds).toBe(6);
    expect(reported.wallSeconds).toBe(6);
    expect(reported.phases).toEqual([{ phase: 'second', ms: 6000 }]);
    expect(reported.runs).toEqual([
      { wallSeconds: 5, cpuSeconds: 7 },
      { wallSeconds: 6, cpuSeconds: 6 },
      { wallSeconds: 4, cpuSeconds: 8 },
    ]);
  });

  it('refuses to report when nothing was built', () => {
    expect(() => leastDisturbed([])).toThrow('no build to report');
  });
});
