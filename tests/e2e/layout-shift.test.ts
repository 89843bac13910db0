/**
 * Nothing moves once a page is drawn: cumulative layout shift 0 on one page of every type, on the
 * search page with results from the address and on the directory with its filter form, at phone
 * and desktop width. Shifts right after the user's own input do not count, as in the metric.
 * The start page and the pages with forms are also visited as they arrive over a slow connection
 * (tests/support/slow-server.ts), drawn while half loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PagePool } from '../support/browser';
import { startSite, type SiteUnderTest } from '../support/browser';
import { onePagePerType } from '../support/dist';
import { siteConfig } from '../support/site-data';
import { startSlowSite, type SlowSite } from '../support/slow-server';

const OBSERVE = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?') });
  }).observe({ type: 'layout-shift', buffered: true });
`;

const PATHS = [...onePagePerType().map((p) => p.url), `/sok/?q=${encodeURIComponent(siteConfig.region.lanName)}`];

let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});

/** Once fonts are ready and two frames have been drawn after load, a late shift would have happened. */
const settled = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.fonts.ready.then(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))));
afterAll(() => site?.close());

describe.each([
  ['telefon', { width: 390, height: 800 }],
  ['dator', { width: 1280, height: 800 }],
])('at %s width', (_, viewport) => {
  let pool: PagePool;
  beforeAll(async () => {
    pool = await PagePool.create(site.browser, { viewport }, OBSERVE);
  });
  afterAll(() => pool?.close());

  it.each(PATHS)('%s does not move once drawn', async (path) => {
    const shifts = await pool.visit(`${site.origin}${site.base}${path.replace(/^\//, '')}`, async (page) => {
      await page.waitForLoadState('load');
      // The search shows its results after loading its index; wait for them when a query is given.
      if (path.startsWith('/sok/?q=')) await page.waitForFunction(() => document.querySelector('#fc-search-status')?.textContent !== '');
      await settled(page);
      return page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
    });
    expect(shifts).toEqual([]);
  });
});

// The same, while each page arrives in pieces as over a slow connection, for the start page and
// the pages with forms drawn before the content below them.
describe.each([
  ['telefon', { width: 390, height: 800 }],
  ['dator', { width: 1280, height: 800 }],
])('arriving slowly, at %s width', (_, viewport) => {
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

  it.each(['/', '/familjecentraler/', '/starta/sjalvskattning/', PATHS.at(-1)!])('%s does not move while it arrives', async (path) => {
    const shifts = await pool.visit(`${slow.origin}${site.base}${path.replace(/^\//, '')}`, async (page) => {
      await page.waitForLoadState('load');
      if (path.startsWith('/sok/?q=')) await page.waitForFunction(() => document.querySelector('#fc-search-status')?.textContent !== '');
      await settled(page);
      return page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
    });
    expect(shifts).toEqual([]);
  });
});
