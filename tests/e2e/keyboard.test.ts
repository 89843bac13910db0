import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { startSite, type SiteUnderTest } from '../support/browser';

// Keyboard use on every page: Tab reaches every interactive element once, in reading order,
// each one on screen and visibly marked when focused, and Tab leaves the last element (no trap).
let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

const FOCUSABLE = 'a[href], summary, button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

const urls = builtPages()
  .map((p) => p.url)
  .filter((url) => url !== '/404.html');

const VIEWPORTS = [
  { name: 'dator', width: 1280, height: 900 },
  { name: 'telefon', width: 375, height: 800 },
];

describe.concurrent.each(urls)('%s', (url) => {
  it.each(VIEWPORTS)('Tab reaches every interactive element with a visible focus, and does not trap ($name)', async ({ width, height }) => {
    const { page } = await site.open(url, { viewport: { width, height } });
    await page.waitForLoadState('networkidle');
    // Number every element the keyboard should reach (shown, not inside a closed <details>).
    // A group of radio buttons is one Tab stop: the checked one, or the first when none is.
    const expected = await page.$$eval(FOCUSABLE, (elements) =>
      elements
        .filter((e) => e.checkVisibility({ visibilityProperty: true }))
        .filter((e) => {
          if (!(e instanceof HTMLInputElement) || e.type !== 'radio') return true;
          const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${e.name}"]`)];
          return e === (group.find((r) => r.checked) ?? group[0]);
        })
        .map((e, i) => e.setAttribute('data-kb', String(i))).length,
    );
    const problems: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < expected; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const path = `${el.dataset.kb ?? 'unnumbered'} ${el.outerHTML.slice(0, 80)}`;
        const marked = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
        return { path, number: el.dataset.kb, marked, visible };
      });
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
    expect(problems).toEqual([]);
    expect(seen.size).toBe(expected);
    expect(after).not.toBe(String(expected - 1));
    await page.context().close();
  });
});
