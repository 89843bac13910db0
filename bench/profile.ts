// Splits an Astro build's log into phases by the time each line arrived. Astro prints a line as
// each phase starts and one line per generated route with its render time (`(+12ms)`), so the
// routes are summed by kind: HTML pages, Word templates, the editor's configuration, and feeds and
// open data. Astro hashes inline scripts and styles for the CSP while it renders each page, so
// that cost is inside "pages"; it reports no separate time for it. The site renders several pages
// at a time (build.concurrency in astro.config.mjs), so the routes' own times overlap: the kinds
// then share the routes phase's time in proportion, and the time between routes is not seen.

/** A line of the build's log, with the ms since the build started. */
export interface LogLine {
  ms: number;
  text: string;
}
export interface Phase {
  phase: string;
  ms: number;
}

const MARKS: [string, RegExp][] = [
  ['start-up (Node, Astro, configuration)', /\[content\] Syncing content/],
  ['content: load, validate, types', /\[build\] Collecting build info/],
  ['build info', /Building static entrypoints/],
  ['bundling (Vite)', /generating static routes/],
];
const ROUTES_DONE = /^\S*\s*✓ Completed in/;
const ROUTE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;
const EDITOR = /\[familjecentraler:editor\].*\((\d+) ms\)/;

export function routeKind(path: string): string {
  if (path.endsWith('.html') || path.endsWith('/')) return 'routes: HTML pages';
  if (path.endsWith('.docx')) return 'routes: Word templates';
  if (path.endsWith('/redaktion/config.yml')) return 'routes: editor configuration';
  return 'routes: feeds, calendars, open data';
}

/** The build's phases from its log lines and its wall time. */
export function profile(lines: readonly LogLine[], totalMs: number): Phase[] {
  const phases: Phase[] = [];
  let from = 0;
  let index = 0;
  // A mark the log lacks (a site without content collections prints no content sync) adds its
  // time to the next phase found.
  let pending = '';
  for (const [name, next] of MARKS) {
    const at = lines.findIndex((l, i) => i >= index && next.test(l.text));
    const line = lines[at];
    if (!line) {
      pending = pending ? `${pending}, ${name}` : name;
      continue;
    }
    phases.push({ phase: pending ? `${pending}, ${name}` : name, ms: line.ms - from });
    pending = '';
    from = line.ms;
    index = at;
  }
  if (phases.length === 0) return [{ phase: 'whole build (log not recognised)', ms: totalMs }];
  const done = lines.findIndex((l, i) => i > index && ROUTES_DONE.test(l.text));
  const routesMs = (lines[done]?.ms ?? totalMs) - from;
  const byKind = new Map<string, number>();
  for (const line of lines.slice(index, done < 0 ? undefined : done)) {
    const [, route, time, unit] = ROUTE.exec(line.text) ?? [];
    if (route === undefined) continue;
    const kind = routeKind(route);
    byKind.set(kind, (byKind.get(kind) ?? 0) + Number(time) * (unit === 's' ? 1000 : 1));
  }
  const named = [...byKind.values()].reduce((a, b) => a + b, 0);
  // Pages rendered side by side (build.concurrency) each log their own time, and together they
  // add up to more than the phase took: then each kind gets its share of the phase's time.
  const scale = named > routesMs ? routesMs / named : 1;
  for (const [phase, ms] of [...byKind].sort()) phases.push({ phase, ms: ms * scale });
  phases.push({
    phase: 'routes: between routes (Astro)',
    ms: Math.max(0, routesMs - named * scale),
  });
  from += routesMs;
  const editor = lines.find((l) => EDITOR.test(l.text));
  const editorMs = editor ? Number(EDITOR.exec(editor.text)?.[1] ?? 0) : 0;
  if (editor) phases.push({ phase: 'editor bundle (after the build)', ms: editorMs });
  phases.push({ phase: 'finishing (assets, exit)', ms: Math.max(0, totalMs - from - editorMs) });
  return phases;
}
