import { defineConfig } from 'vitest/config';
import LongestFirst from './support/sequencer.ts';

// Tests over the built site in dist/: HTML checks and browser tests in Chromium.
// They run after `npm run build` (scripts/test.ts orders that).
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Generous, for a loaded 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Browser tests share one Chromium per file and reuse its pages (PagePool); two files at a time,
    // and two pages at a time within a file (describe.concurrent), fit 2 cores.
    maxWorkers: 2,
    // Files share a worker's module graph, so the built pages are read and parsed once per worker
    // (tests/support/dist.ts caches them) rather than once per file.
    isolate: false,
    sequence: { sequencer: LongestFirst },
    maxConcurrency: 2,
  },
});
