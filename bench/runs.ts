// Which of several builds of one site the bench reports: the one with the least CPU time, with the
// CPU and wall time of every run beside it. The site and the floor are built in turn, each in a
// fresh copy, so a machine that changes pace during the bench slows a run of each alike, and the
// least disturbed run of each is compared with the least disturbed of the other.
import type { BuildResult } from './build.ts';

export interface ReportedBuild extends BuildResult {
  /** Every run, in the order they were made. */
  runs: { wallSeconds: number; cpuSeconds: number }[];
}

export function leastDisturbed(runs: readonly BuildResult[]): ReportedBuild {
  const [first, ...rest] = runs;
  if (!first) throw new Error('no build to report');
  const best = rest.reduce((a, b) => (b.cpuSeconds < a.cpuSeconds ? b : a), first);
  return {
    ...best,
    runs: runs.map(({ wallSeconds, cpuSeconds }) => ({ wallSeconds, cpuSeconds })),
  };
}
