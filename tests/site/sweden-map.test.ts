/** The small map of Sweden on /kommuner/, checked against the open data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist';
import { centres, kommuner, siteConfig } from '../support/site-data';
import { slugify } from '../../src/lib/slug';
import { lanFullName } from '../../src/lib/format';

/** Every län in the project's geodata: the map draws each. */
const lanCount = (
  JSON.parse(readFileSync('src/data/geo/lan.geojson', 'utf8')) as { features: unknown[] }
).features.length;

describe('the map of Sweden on /kommuner/', () => {
  const outside = centres.filter((c) => !kommuner.some((k) => k.kommunkod === c.kommunkod));
  const map = page('/kommuner/').root;

  it('marks exactly the län of the example centres outside the region, and the region itself; no map when there are none', () => {
    if (outside.length === 0) {
      expect(map.querySelectorAll('path.fc-sweden__lan')).toHaveLength(0);
      return;
    }
    // The first two digits of an official kommun code are its län's code.
    const expected = [...new Set(outside.map((c) => c.kommunkod.slice(0, 2)))].sort();
    expect(
      map
        .querySelectorAll('path.fc-sweden__lan--example')
        .map((p) => p.getAttribute('data-lan'))
        .sort(),
    ).toEqual(expected);
    expect(
      map.querySelectorAll('path.fc-sweden__lan--region').map((p) => p.getAttribute('data-lan')),
    ).toEqual([siteConfig.region.lanCode]);
    expect(map.querySelectorAll('path.fc-sweden__lan')).toHaveLength(lanCount);
  });

  it('lists each län with examples as a link to its directory page, and its centres when they are few, as the map’s text alternative', () => {
    const items = map.querySelectorAll('.fc-sweden__list > li');
    const lanNames = [...new Set(outside.map((c) => c.lan))];
    expect(items).toHaveLength(lanNames.length);
    for (const lan of lanNames) {
      const item = items.find((li) => li.querySelector('a')!.textContent === lanFullName(lan))!;
      expect(item.querySelector('a')!.getAttribute('href')).toBe(
        `/familjecentraler/lan/${slugify(lan)}/`,
      );
      const inLan = outside.filter((c) => c.lan === lan);
      const centreLinks = item
        .querySelectorAll('a')
        .slice(1)
        .map((a) => a.getAttribute('href'));
      // A few are named; many are counted, so the page stays small.
      expect(centreLinks.sort()).toEqual(
        inLan.length <= 5 ? inLan.map((c) => `/familjecentraler/${c.id}/`).sort() : [],
      );
    }
  });
});
