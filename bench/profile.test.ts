import { describe, expect, it } from 'vitest';
import { profile, routeKind } from './profile.ts';

const log = (
  [
    [100, '[content] Syncing content'],
    [900, '[build] Collecting build info...'],
    [1000, '[build] Building static entrypoints...'],
    [1500, ' generating static routes '],
    [1510, '  ├─ /om/index.html (+12ms)'],
    [1520, '  ├─ /mallar/a.docx (+0.05s)'],
    [1530, '  └─ /redaktion/config.yml (+8ms)'],
    [1600, '22:00:00 ✓ Completed in 100ms.'],
    [1700, '[familjecentraler:editor] Sveltia CMS 1.0 at /redaktion/ (40 ms)'],
  ] as const
).map(([ms, text]) => ({ ms, text }));

describe('build profile', () => {
  it('splits the log into phases that add up to the whole build', () => {
    const phases = profile(log, 2000);
    const ms = Object.fromEntries(phases.map((p) => [p.phase, p.ms]));
    expect(ms['start-up (Node, Astro, configuration)']).toBe(100);
    expect(ms['content: load, validate, types']).toBe(800);
    expect(ms['bundling (Vite)']).toBe(500);
    expect(ms['routes: HTML pages']).toBe(12);
    expect(ms['routes: Word templates']).toBe(50);
    expect(ms['routes: editor configuration']).toBe(8);
    expect(ms['editor bundle (after the build)']).toBe(40);
    expect(phases.reduce((a, p) => a + p.ms, 0)).toBe(2000);
  });

  it('reports the whole build as one phase when the log has changed', () => {
    expect(profile([{ ms: 5, text: 'something else' }], 300)).toEqual([
      { phase: 'whole build (log not recognised)', ms: 300 },
    ]);
  });

  it('adds the time of a phase the log lacks to the next one (a site without content collections)', () => {
    const phases = profile(log.slice(1), 2000);
    expect(phases[0]).toEqual({
      phase: 'start-up (Node, Astro, configuration), content: load, validate, types',
      ms: 900,
    });
    expect(phases.reduce((a, p) => a + p.ms, 0)).toBe(2000);
  });

  it('shares the routes phase among the kinds when pages were rendered side by side', () => {
    const overlapping = log.map((l) =>
      l.text.includes('/om/') ? { ...l, text: '  ├─ /om/index.html (+142ms)' } : l,
    );
    const ms = Object.fromEntries(profile(overlapping, 2000).map((p) => [p.phase, p.ms]));
    // 142 + 50 + 8 = 200 ms logged in a phase of 100 ms.
    expect(ms['routes: HTML pages']).toBeCloseTo(71);
    expect(ms['routes: Word templates']).toBeCloseTo(25);
    expect(ms['routes: between routes (Astro)']).toBe(0);
  });

  it('sorts routes by kind', () => {
    expect(routeKind('/familjecentraler/mora/')).toBe('routes: HTML pages');
    expect(routeKind('/kalender.ics')).toBe('routes: feeds, calendars, open data');
  });
});
