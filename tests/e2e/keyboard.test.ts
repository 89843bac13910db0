import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, onePagePerType } from '../support/dist';
import { PagePool, startSite, type SiteUnderTest } from '../support/browser';

// Keyboard use: Tab reaches every interactive element once, in reading order, each one on screen
// and visibly marked when focused, and Tab leaves the last element (no trap). The header and footer
// are the same on every page, so the real Tab walk from the top runs on one page of each type at
// desktop width, and on the start page at phone width too (the header and footer once per width);
// on every page, at both widths in one visit, each element inside main is checked for focus,
// position and focus style.
let site: SiteUnderTest;
let pool: PagePool;
beforeAll(async () => {
  site = await startSite();
  pool = await PagePool.create(site.browser);
});
afterAll(async () => {
  await pool?.close();
  await site?.close();
});

const FOCUSABLE = 'a[href], summary, button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

const pages = builtPages().filter((p) => p.url !== '/404.html');
const VIEWPORTS = [
  { name: 'dator', width: 1280, height: 900 },
  { name: 'telefon', width: 375, height: 800 },
];

type FocusState = { path: string; number?: string; marked: boolean; visible: boolean } | null;

/**
 * Tabs through the whole page from the top and returns what went wrong. A group of radio buttons
 * is one Tab stop: the checked one, or the first when none is.
 */
async function walk(page: Page): Promise<{ problems: string[]; expected: number; reached: number; after: string | null }> {
  const expected = await page.$$eval(`body :is(${FOCUSABLE})`, (elements) =>
    elements
      .filter((e) => e.checkVisibility({ visibilityProperty: true }))
      .filter((e) => {
        if (!(e instanceof HTMLInputElement) || e.type !== 'radio') return true;
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${e.name}"]`)];
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
      const marked = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      log.push({ path, number: el.dataset.kb, marked, visible });
    });
  });
  for (let i = 0; i < expected; i++) await page.keyboard.press('Tab');
  const log = await page.evaluate(() => (window as unknown as { fcFocusLog: FocusState[] }).fcFocusLog);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < expected; i++) {
    const state = log[i];
    if (!state) {
      problems.push(`Tab ${i + 1}: focus left the page before every element was reached`);
      break;
    }
    if (seen.has(state.path)) problems.push(`Tab ${i + 1}: came back to ${state.path} (a trap or a loop)`);
    seen.add(state.path);
    if (state.number !== String(i)) problems.push(`Tab ${i + 1}: reached ${state.path}, expected element ${i} in reading order`);
    if (!state.visible) problems.push(`Tab ${i + 1}: ${state.path} is not on screen when focused`);
    if (!state.marked) problems.push(`Tab ${i + 1}: ${state.path} has no visible focus indicator`);
  }
  // One more Tab leaves the last element: the page does not hold the keyboard.
  await page.keyboard.press('Tab');
  const after = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kb ?? null);
  return { problems, expected, reached: seen.size, after };
}

/**
 * Inside main, on every page: the keyboard is the last input (one Tab), then each element that Tab
 * would reach is focused in turn in one evaluate, which is what Tab does once the order is right:
 * it must take focus, be on screen and show a focus style. The order itself holds when no element
 * has a positive tabindex (the browser then follows the document). The real Tab walk from the top,
 * with reading order and traps, runs on one page of each type above.
 */
async function checkMain(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  return page.$$eval(`main :is(${FOCUSABLE})`, (elements) => {
    const problems: string[] = [];
    const shown = elements.filter((e) => e.checkVisibility({ visibilityProperty: true })) as HTMLElement[];
    for (const el of shown) {
      const path = el.outerHTML.slice(0, 80);
      if (el.tabIndex > 0) problems.push(`${path} has tabindex ${el.tabIndex}, which breaks reading order`);
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && shown.some((o) => o !== el && o instanceof HTMLInputElement && o.name === el.name && o.checked)) continue;
      el.focus();
      if (document.activeElement !== el) {
        problems.push(`${path} does not take focus`);
        continue;
      }
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (!((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none')) problems.push(`${path} has no visible focus indicator`);
      if (!(box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth)) problems.push(`${path} is not on screen when focused`);
    }
    return problems;
  });
}

const walkAt = async ({ url, width, height }: { url: string; width: number; height: number }) => {
  await pool.visit(`${site.origin}${site.base}${url.replace(/^\//, '')}`, async (page) => {
    await page.setViewportSize({ width, height });
    const { problems, expected, reached, after } = await walk(page);
    expect(problems).toEqual([]);
    expect(reached).toBe(expected);
    if (expected > 0) expect(after).not.toBe(String(expected - 1));
  });
};

// All pages in one describe block, so they run a few at a time (maxConcurrency) in one Chromium.
describe.concurrent('the whole page from the top', () => {
  const [desktop, ...narrower] = VIEWPORTS;
  const cases = [
    ...onePagePerType(pages).map((p) => ({ url: p.url, ...desktop })),
    ...narrower.map((viewport) => ({ url: '/', ...viewport })),
  ];
  it.each(cases)('$url: Tab reaches every interactive element from the top with a visible focus, and does not trap ($name)', walkAt);
});

describe.concurrent('every page, inside main', () => {
  it.each(pages.map((p) => p.url))('%s: every interactive element in main takes focus on screen with a visible focus style, at each width', async (url) => {
    await pool.visit(`${site.origin}${site.base}${url.replace(/^\//, '')}`, async (page) => {
      const problems: string[] = [];
      for (const { name, width, height } of VIEWPORTS) {
        await page.setViewportSize({ width, height });
        problems.push(...(await checkMain(page)).map((p) => `${name}: ${p}`));
      }
      expect(problems).toEqual([]);
    });
  });
});
