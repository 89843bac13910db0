// `npm run bench`: in one run, builds the site at its real size and at 1,000 centres, and bare
// Astro + MDX + Pagefind sites with as many pages (the floor), each twice in turn, reporting the
// build of each with the least CPU time (bench/runs.ts); prints build time, CPU time and
// peak memory with the ratio to the floor, page weight per page type at both sizes, search timing
// in Chromium at 1,000 centres and Lighthouse on every page type at both sizes. Writes it all to
// bench/results.json. It measures; nothing here passes or fails. Not part of `npm test`.
//   --no-lighthouse   skip Lighthouse (the slowest part)
//   --anyway          measure even when the machine is busy (it refuses when the load is above half the cores)
import { cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildResult } from './build.ts';
import { leastDisturbed, type ReportedBuild } from './runs.ts';
import { floorSite, largeSite, realSite, remove, ROOT } from './sites.ts';
import { weights } from './weights.ts';
import { serve } from './serve.ts';
import { searchTiming } from './search.ts';
import { lighthouseScores } from './lighthouse.ts';
import { isoDay } from '../src/lib/format.ts';
import { robotsTxt } from '../src/lib/site/robots.ts';

const LARGE = 1000;
/** Builds of the site and of the floor at each size; the least disturbed of each is reported. */
const RUNS = 2;
const PORT = 4411;
// Canonical addresses point where the bench serves the site, as Lighthouse expects.
process.env.SITE_URL ??= `http://localhost:${PORT}`;
const withLighthouse = !process.argv.includes('--no-lighthouse');
// Timings mean something only on a quiet machine: above half a busy core per core, refuse
// (--anyway to measure all the same, and the results say the load).
const [load = 0] = loadavg();
if (load > cpus().length / 2) {
  const message = `bench: the machine is busy (load ${load.toFixed(2)} on ${cpus().length} cores); the times would measure that, not the build.`;
  if (!process.argv.includes('--anyway')) {
    console.error(`${message} Stop what runs beside it, or run with --anyway.`);
    process.exit(2);
  }
  console.error(`${message} Measuring anyway (--anyway).`);
}
// Pages that are for editors and meant to be kept out of search engines, so not scored for SEO.
const NOT_SCORED = new Set(['redaktion/granskning']);

/** A column of a printed table: its title and how a row shows in it. */
type Column<R> = [title: string, get: (row: R) => string | number];

const table = <R>(rows: readonly R[], columns: readonly Column<R>[]) => {
  const widths = columns.map(([title, get]) =>
    Math.max(title.length, ...rows.map((r) => String(get(r)).length)),
  );
  const line = (cells: readonly (string | number)[]) =>
    cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ');
  return [
    line(columns.map(([t]) => t)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map(([, get]) => get(r)))),
  ].join('\n');
};
const kb = (n: number) => n.toFixed(1);

/** What the bench measures at one size. */
interface SizeResult {
  site: ReportedBuild;
  floor: ReportedBuild;
  ratio: { wall: number; cpu: number; memory: number };
  weights: ReturnType<typeof weights>;
  search?: Awaited<ReturnType<typeof searchTiming>>;
  lighthouse?: Awaited<ReturnType<typeof lighthouseScores>>;
}

const results = {
  date: isoDay(new Date()),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAtStart: Number(load.toFixed(2)),
  },
  sizes: {} as Record<string, SizeResult>,
};
const dirs: string[] = [];
try {
  const sizes: [string, () => string][] = [
    ['real', () => realSite()],
    ['large', () => largeSite(LARGE)],
  ];
  for (const [name, make] of sizes) {
    // The site and the floor in turn, each in a fresh copy (bench/runs.ts says why).
    const siteRuns: BuildResult[] = [];
    const floorRuns: BuildResult[] = [];
    let dir = '';
    for (let run = 1; run <= RUNS; run++) {
      dir = make();
      dirs.push(dir);
      process.stderr.write(`bench: building the site (${name}, run ${run} of ${RUNS}) …\n`);
      const built = await build(dir);
      siteRuns.push(built);
      process.stderr.write(`bench: building the floor with ${built.pages} pages …\n`);
      const floorDir = floorSite(built.pages);
      dirs.push(floorDir);
      floorRuns.push(await build(floorDir));
    }
    const site = leastDisturbed(siteRuns);
    const floor = leastDisturbed(floorRuns);
    const size: SizeResult = (results.sizes[name] = {
      site,
      floor,
      ratio: {
        wall: site.wallSeconds / floor.wallSeconds,
        cpu: site.cpuSeconds / floor.cpuSeconds,
        memory: site.peakMemoryMb / floor.peakMemoryMb,
      },
      weights: weights(join(dir, 'dist')),
    });

    process.stderr.write(`bench: measuring ${name} in Chromium …\n`);
    // Lighthouse scores the pages as the published site serves them. The bench's build is a
    // preview (its address is localhost, where Lighthouse reaches it), and a preview's robots.txt
    // keeps crawlers out; the bench's copy gets the published build's instead.
    writeFileSync(
      join(dir, 'dist/robots.txt'),
      robotsTxt({ preview: false, sitemapUrl: `http://localhost:${PORT}/sitemap.xml` }),
    );
    const server = await serve(dir, PORT);
    try {
      if (name === 'large') size.search = await searchTiming(server.origin, 'samverkan');
      if (withLighthouse) {
        const urls = size.weights
          .filter((w) => !NOT_SCORED.has(w.type))
          .map((w) => `${server.origin}${w.url}`);
        size.lighthouse = await lighthouseScores(urls);
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  dirs.forEach(remove);
}

writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const { machine } = results;
console.log(
  `Bench ${results.date} on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAtStart} at the start\n`,
);
console.log(
  'Build (Astro and Pagefind) against the floor, a bare Astro + MDX + Pagefind site with as many pages',
);
console.log(
  table(Object.entries(results.sizes), [
    ['size', ([n]) => n],
    ['pages', ([, s]) => s.site.pages],
    ['wall s', ([, s]) => s.site.wallSeconds.toFixed(1)],
    ['floor s', ([, s]) => s.floor.wallSeconds.toFixed(1)],
    ['× floor', ([, s]) => s.ratio.wall.toFixed(2)],
    ['CPU s', ([, s]) => s.site.cpuSeconds.toFixed(1)],
    ['floor CPU s', ([, s]) => s.floor.cpuSeconds.toFixed(1)],
    ['× floor', ([, s]) => s.ratio.cpu.toFixed(2)],
    ['peak MB', ([, s]) => s.site.peakMemoryMb],
    ['floor MB', ([, s]) => s.floor.peakMemoryMb],
    ['CPU s of each run', ([, s]) => s.site.runs.map((r) => r.cpuSeconds.toFixed(1)).join(' / ')],
    ['floor', ([, s]) => s.floor.runs.map((r) => r.cpuSeconds.toFixed(1)).join(' / ')],
  ]),
);
console.log(
  '\nWhere the time goes, s (the floor has no content, editor or templates: its phases are Astro and Pagefind alone)',
);
const phaseNames = [
  ...new Set(
    Object.values(results.sizes).flatMap((s) =>
      [...s.site.phases, ...s.floor.phases].map((p) => p.phase),
    ),
  ),
];
const phaseMs = (phases: BuildResult['phases'], name: string) =>
  phases.find((p) => p.phase === name)?.ms;
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(2));
console.log(
  table(phaseNames, [
    ['phase', (n) => n],
    ...Object.entries(results.sizes).flatMap(([size, s]): Column<string>[] => [
      [size, (n) => seconds(phaseMs(s.site.phases, n))],
      [`floor (${size})`, (n) => seconds(phaseMs(s.floor.phases, n))],
    ]),
  ]),
);
for (const [name, size] of Object.entries(results.sizes)) {
  console.log(
    `\nPage weight, heaviest page of each type (${name}, ${size.site.pages} pages); KB, gzip level 6`,
  );
  console.log(
    table(size.weights, [
      ['type', (w) => w.type],
      ['pages', (w) => w.pages],
      ['heaviest', (w) => w.url],
      ['HTML', (w) => kb(w.htmlKb)],
      ['HTML gz', (w) => kb(w.htmlGzKb)],
      ['CSS gz', (w) => kb(w.cssGzKb)],
      ['JS gz', (w) => kb(w.jsGzKb)],
    ]),
  );
  if (size.search)
    console.log(
      `\nSearch at ${size.site.pages} pages: first result ${size.search.firstResultMs.toFixed(0)} ms after submitting (median of 5; slowest ${size.search.coldMs.toFixed(0)} ms), ${kb(size.search.fetchedKb)} KB fetched for the page and the search`,
    );
  if (size.lighthouse) {
    console.log(`\nLighthouse, mobile (${name})`);
    console.log(
      table(size.lighthouse, [
        ['page', (r) => new URL(r.url).pathname],
        ['perf', (r) => r.performance],
        ['a11y', (r) => r.accessibility],
        ['best', (r) => r['best-practices']],
        ['SEO', (r) => r.seo],
        ['CLS', (r) => (r.cls ?? 0).toFixed(3)],
        ['LCP ms', (r) => r.lcpMs],
        ['below 1', (r) => r.failing.join(' ')],
      ]),
    );
  }
}
console.log('\nWritten to bench/results.json.');
