/**
 * Keyboard use inside main, on a page already open: the keyboard is the last input (one Tab), then
 * each element that Tab would reach is focused in turn in one evaluate, which is what Tab does once
 * the order is right: it must take focus, be on screen and show a focus style. The order itself
 * holds when no element has a positive tabindex (the browser then follows the document). The real
 * Tab walk from the top, with reading order and traps, is in tests/e2e/keyboard.test.ts.
 */
import type { Page } from 'playwright-core';

export const FOCUSABLE =
  'a[href], summary, button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What is wrong with focus inside the open page's main, at its current width. */
export async function focusProblemsInMain(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  return page.$$eval(`main :is(${FOCUSABLE})`, (elements) => {
    const problems: string[] = [];
    const shown = elements.filter((e) =>
      e.checkVisibility({ visibilityProperty: true }),
    ) as HTMLElement[];
    for (const el of shown) {
      const path = el.outerHTML.slice(0, 80);
      if (el.tabIndex > 0)
        problems.push(`${path} has tabindex ${el.tabIndex}, which breaks reading order`);
      if (
        el instanceof HTMLInputElement &&
        el.type === 'radio' &&
        !el.checked &&
        shown.some(
          (o) => o !== el && o instanceof HTMLInputElement && o.name === el.name && o.checked,
        )
      )
        continue;
      el.focus();
      if (document.activeElement !== el) {
        problems.push(`${path} does not take focus`);
        continue;
      }
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (!(
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none'
      ))
        problems.push(`${path} has no visible focus indicator`);
      if (!(
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth
      ))
        problems.push(`${path} is not on screen when focused`);
    }
    return problems;
  });
}
