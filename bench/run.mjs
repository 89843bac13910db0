// `npm run bench`: in one run, builds the site at its real size and at 1,000 centres, and bare
// Astro + MDX + Pagefind sites with as many pages (the floor); prints build time, CPU time and
// peak memory with the ratio to the floor, page weight per page type at both sizes, search timing
// in Chromium at 1,000 centres and Lighthouse on every page type at both sizes. Writes it all to
// bench/results.json. It measures; nothing here passes or fails. Not part of `npm test`.
//   --no-lighthouse   skip Lighthouse (the slowest part)
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from './build.mjs';
import { floorSite, largeSite, realSite, remove, ROOT } from './sites.mjs';
import { weights } from './weights.mjs';
import { serve } from './serve.mjs';
import { searchTiming } from './search.mjs';
import { lighthouseScores } from './lighthouse.mjs';

const LARGE = 1000;
const PORT = 4411;
// Canonical addresses point where the bench serves the site, as Lighthouse expects.
process.env.SITE_URL ??= `http://localhost:${PORT}`;
const withLighthouse = !process.argv.includes('--no-lighthouse');
// Pages that are for editors and meant to be kept out of search engines, so not scored for SEO.
const NOT_SCORED = new Set(['redaktion/granskning']);

const table = (rows, columns) => {
  const widths = columns.map(([title, get]) => Math.max(title.length, ...rows.map((r) => String(get(r)).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(columns.map(([t]) => t)), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map(([, get]) => get(r))))].join('\n');
};
const kb = (n) => n.toFixed(1);

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  sizes: {},
};
const dirs = [];
try {
  for (const [name, make] of [['real', () => realSite()], ['large', () => largeSite(LARGE)]]) {
    const dir = make();
    dirs.push(dir);
    process.stderr.write(`bench: building the site (${name}) …\n`);
    const site = build(dir);
    process.stderr.write(`bench: building the floor with ${site.pages} pages …\n`);
    const floorDir = floorSite(site.pages);
    dirs.push(floorDir);
    const floor = build(floorDir);
    results.sizes[name] = { site, floor, ratio: { wall: site.wallSeconds / floor.wallSeconds, cpu: site.cpuSeconds / floor.cpuSeconds, memory: site.peakMemoryMb / floor.peakMemoryMb }, weights: weights(join(dir, 'dist')) };

    process.stderr.write(`bench: measuring ${name} in Chromium …\n`);
    const server = await serve(dir, PORT);
    try {
      if (name === 'large') results.sizes[name].search = await searchTiming(server.origin, 'samverkan');
      if (withLighthouse) {
        const urls = results.sizes[name].weights.filter((w) => !NOT_SCORED.has(w.type)).map((w) => `${server.origin}${w.url}`);
        results.sizes[name].lighthouse = await lighthouseScores(urls);
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
console.log(`Bench ${results.date} on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}\n`);
console.log('Build (Astro and Pagefind) against the floor, a bare Astro + MDX + Pagefind site with as many pages');
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
  ]),
);
for (const [name, size] of Object.entries(results.sizes)) {
  console.log(`\nPage weight, heaviest page of each type (${name}, ${size.site.pages} pages); KB, gzip level 6`);
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
  if (size.search) console.log(`\nSearch at ${size.site.pages} pages: first result ${size.search.firstResultMs.toFixed(0)} ms after submitting (median of 5; slowest ${size.search.coldMs.toFixed(0)} ms), ${kb(size.search.fetchedKb)} KB fetched for the page and the search`);
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
