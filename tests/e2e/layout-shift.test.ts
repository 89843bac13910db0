/**
 * Nothing moves once a page is drawn: cumulative layout shift 0, shifts right after the user's own
 * input not counted, as in the metric. Every page is checked at phone width in the accessibility
 * visit and one page of each type at desktop width in the keyboard walk; here, the cases those
 * visits do not see: the search page with results from the address (drawn after its index loads),
 * and the start page and the pages with forms as they arrive over a slow connection
 * (tests/support/slow-server.ts), drawn while half loaded, at phone and desktop width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PagePool, startSite, type SiteUnderTest } from '../support/browser';
import { layoutShifts, OBSERVE } from '../support/layout-shift';
import { siteConfig } from '../support/site-data';
import { startSlowSite, type SlowSite } from '../support/slow-server';

const SEARCH = `/sok/?q=${encodeURIComponent(siteConfig.region.lanName)}`;

let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

/** The shifts of a page once drawn; the search shows its results after loading its index, so wait for them when a query is given. */
async function shiftsOf(page: Page, path: string) {
  if (path.startsWith('/sok/?q=')) {
    await page.waitForLoadState('load');
    await page.waitForFunction(
      () => document.querySelector('#fc-search-status')?.textContent !== '',
    );
  }
  return layoutShifts(page);
}

describe.each([
  ['telefon', { width: 390, height: 800 }],
  ['dator', { width: 1280, height: 800 }],
])('at %s width', (_, viewport) => {
  let pool: PagePool;
  let slow: SlowSite;
  beforeAll(async () => {
    slow = await startSlowSite(site.base);
    pool = await PagePool.create(site.browser, { viewport }, OBSERVE);
  });
  afterAll(async () => {
    await pool?.close();
    await slow?.close();
  });

  it(`${SEARCH} does not move when its results arrive`, async () => {
    expect(
      await pool.visit(`${site.origin}${site.base}${SEARCH.replace(/^\//, '')}`, (page) =>
        shiftsOf(page, SEARCH),
      ),
    ).toEqual([]);
  });

  it.each(['/', '/familjecentraler/', '/starta/sjalvskattning/', SEARCH])(
    '%s does not move while it arrives slowly',
    async (path) => {
      expect(
        await pool.visit(`${slow.origin}${site.base}${path.replace(/^\//, '')}`, (page) =>
          shiftsOf(page, path),
        ),
      ).toEqual([]);
    },
  );
});
