import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, onePagePerType } from '../support/dist';
import { PagePool, startSite, type SiteUnderTest } from '../support/browser';
import { FOCUSABLE } from '../support/focus-in-main';
import { layoutShifts, OBSERVE } from '../support/layout-shift';

// Keyboard use: Tab reaches every interactive element once, in reading order, each one on screen
// and visibly marked when focused, and Tab leaves the last element (no trap). The header and footer
// are the same on every page, so the real Tab walk from the top runs on one page of each type at
// desktop width, and on the start page at phone width too (the header and footer once per width);
// on every page, at both widths, each element inside main is checked for focus, position and focus
// style in the accessibility visit (tests/support/focus-in-main.ts). The same visits check, before
// the first Tab, that the page did not move while it loaded (as the accessibility visit does at
// phone width on every page).
let site: SiteUnderTest;
let pool: PagePool;
beforeAll(async () => {
  site = await startSite();
  pool = await PagePool.create(site.browser, {}, OBSERVE);
});
afterAll(async () => {
  await pool?.close();
  await site?.close();
});

const pages = builtPages().filter((p) => p.url !== '/404.html');
const VIEWPORTS = [
  { name: 'dator', width: 1280, height: 900 },
  { name: 'telefon', width: 375, height: 800 },
] as const;

type FocusState = { path: string; number?: string; marked: boolean; visible: boolean } | null;

/**
 * Tabs through the whole page from the top and returns what went wrong. A group of radio buttons
 * is one Tab stop: the checked one, or the first when none is.
 */
async function walk(
  page: Page,
): Promise<{ problems: string[]; expected: number; reached: number; after: string | null }> {
  const expected = await page.$$eval(
    `body :is(${FOCUSABLE})`,
    (elements) =>
      elements
        .filter((e) => e.checkVisibility({ visibilityProperty: true }))
        .filter((e) => {
          if (!(e instanceof HTMLInputElement) || e.type !== 'radio') return true;
          const group = [
            ...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${e.name}"]`),
          ];
          return e === (group.find((r) => r.checked) ?? group[0]);
        })
        .map((e, i) => e.setAttribute('data-kb', String(i))).length,
  );
  // Each element notes how it looked when focus arrived; the log is read after the Tabs.
  await page.evaluate(() => {
    const log: FocusState[] = [];
    (window as unknown as { fcFocusLog: typeof log }).fcFocusLog = log;
    document.addEventListener('keyup', () => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return void log.push(null);
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const path = `${el.dataset.kb ?? 'unnumbered'} ${el.outerHTML.slice(0, 80)}`;
      const marked =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none';
      const visible =
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth;
      log.push({ path, number: el.dataset.kb, marked, visible });
    });
  });
  await pressTab(page, expected);
  const log = await page.evaluate(
    () => (window as unknown as { fcFocusLog: FocusState[] }).fcFocusLog,
  );
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < expected; i++) {
    const state = log[i];
    if (!state) {
      problems.push(`Tab ${i + 1}: focus left the page before every element was reached`);
      break;
    }
    if (seen.has(state.path))
      problems.push(`Tab ${i + 1}: came back to ${state.path} (a trap or a loop)`);
    seen.add(state.path);
    if (state.number !== String(i))
      problems.push(`Tab ${i + 1}: reached ${state.path}, expected element ${i} in reading order`);
    if (!state.visible) problems.push(`Tab ${i + 1}: ${state.path} is not on screen when focused`);
    if (!state.marked) problems.push(`Tab ${i + 1}: ${state.path} has no visible focus indicator`);
  }
  // One more Tab leaves the last element: the page does not hold the keyboard.
  await page.keyboard.press('Tab');
  const after = await page.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset.kb ?? null,
  );
  return { problems, expected, reached: seen.size, after };
}

/**
 * Presses Tab `times` times, as the keyboard does: each press is a key down and a key up sent to
 * the browser's input queue in order, all sent before the first is answered (one at a time cost a
 * round trip through Playwright and the browser for every key).
 */
async function pressTab(page: Page, times: number) {
  const cdp = await page.context().newCDPSession(page);
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: times }, () => [
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
    ]).flat(),
  );
  await cdp.detach();
}

const walkAt = async ({ url, width, height }: { url: string; width: number; height: number }) => {
  await pool.visit(
    `${site.origin}${site.base}${url.replace(/^\//, '')}`,
    async (page) => {
      expect(await layoutShifts(page)).toEqual([]);
      const { problems, expected, reached, after } = await walk(page);
      expect(problems).toEqual([]);
      expect(reached).toBe(expected);
      if (expected > 0) expect(after).not.toBe(String(expected - 1));
    },
    { width, height },
  );
};

// All pages in one describe block, so they run a few at a time (maxConcurrency) in one Chromium.
describe.concurrent('the whole page from the top', () => {
  const [desktop = VIEWPORTS[0], ...narrower] = VIEWPORTS;
  const cases = [
    ...onePagePerType(pages).map((p) => ({ url: p.url, ...desktop })),
    ...narrower.map((viewport) => ({ url: '/', ...viewport })),
  ];
  it.each(cases)(
    '$url: does not move while loading, and Tab reaches every interactive element from the top with a visible focus, and does not trap ($name)',
    walkAt,
  );
});
