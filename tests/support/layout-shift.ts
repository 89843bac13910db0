/**
 * Cumulative layout shift as the metric counts it: shifts right after the user's own input do not
 * count. OBSERVE goes in a pool's init script; `layoutShifts` reads what a page recorded once it
 * has settled. The accessibility visit reads it on every page at phone width, the keyboard walk on
 * one page of each type at desktop width, and tests/e2e/layout-shift.test.ts while pages arrive slowly.
 */
import type { Page } from 'playwright-core';

export interface Shift {
  value: number;
  nodes: string[];
}

export const OBSERVE = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?') });
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** The shifts since the page began loading, once fonts are ready and two frames have been drawn after load. */
export async function layoutShifts(page: Page): Promise<Shift[]> {
  await page.waitForLoadState('load');
  await page.evaluate(() =>
    document.fonts.ready.then(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    ),
  );
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}
