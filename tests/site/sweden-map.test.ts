/** The small map of Sweden on /kommuner/, checked against the open data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, page } from '../support/dist';

describe('the map of Sweden on /kommuner/', () => {
  const centres = JSON.parse(readFileSync(join(DIST, 'data/familjecentraler.json'), 'utf8')) as { id: string; kommunkod: string; lan: string }[];
  const outside = centres.filter((c) => c.lan !== 'Dalarna');
  const map = page('/kommuner/').root;

  it('marks exactly the län of the example centres outside the region, and the region itself', () => {
    // The first two digits of an official kommun code are its län's code.
    const expected = [...new Set(outside.map((c) => c.kommunkod.slice(0, 2)))].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(map.querySelectorAll('path.fc-sweden__lan--example').map((p) => p.getAttribute('data-lan')).sort()).toEqual(expected);
    expect(map.querySelectorAll('path.fc-sweden__lan--region').map((p) => p.getAttribute('data-lan'))).toEqual(['20']);
    expect(map.querySelectorAll('path.fc-sweden__lan')).toHaveLength(21);
  });

  it('lists every example centre outside the region as a link, as the map’s text alternative', () => {
    const links = map.querySelectorAll('.fc-sweden__list a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(outside.map((c) => `/familjecentraler/${c.id}/`).sort());
  });
});
