/** The small map of Sweden on /kommuner/, checked against the open data. */
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist';
import { centres, kommuner, siteConfig } from '../support/site-data';

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
    expect(map.querySelectorAll('path.fc-sweden__lan--example').map((p) => p.getAttribute('data-lan')).sort()).toEqual(expected);
    expect(map.querySelectorAll('path.fc-sweden__lan--region').map((p) => p.getAttribute('data-lan'))).toEqual([siteConfig.region.lanCode]);
    expect(map.querySelectorAll('path.fc-sweden__lan')).toHaveLength(21);
  });

  it('lists every example centre outside the region as a link, as the map’s text alternative', () => {
    const links = map.querySelectorAll('.fc-sweden__list a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(outside.map((c) => `/familjecentraler/${c.id}/`).sort());
  });
});
