/**
 * WCAG 2.2 as a person meets it, run on a page already open (tests/e2e/accessibility.test.ts
 * runs it in the same visit as axe):
 * - 1.4.10 Reflow: at 320 CSS px (400 % zoom on a desktop) nothing scrolls sideways; a wide table
 *   scrolls inside its own region (.fc-table-wrap), which the criterion allows;
 * - 1.4.12 Text spacing: the same with the criterion's line, paragraph, letter and word spacing;
 * - 200 % text on a 390 px phone (the root font size doubled, as a phone's text size setting does);
 * - 2.5.8 Target size (minimum) at 320 px here, and at any width with `targetProblems` (target-size.ts).
 * The page's own policy does not allow the injected style sheets: the context must bypass it.
 */
import type { Page } from 'playwright-core';
import { targetSizeProblems } from './target-size';

const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
const LARGE_TEXT = 'html { font-size: 200% !important; }';

/** The page's width, and what sticks out beyond the viewport when it is wider. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return { scrollWidth, width, culprits: [] as string[] };
    const culprits = [...document.querySelectorAll('body *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > width + 1 &&
          !e.closest('.fc-table-wrap') &&
          e.checkVisibility(),
      )
      .slice(0, 5)
      .map(
        (e) =>
          `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> ${(e.textContent ?? '').trim().slice(0, 50)}`,
      );
    return { scrollWidth, width, culprits };
  });
}

/** Targets smaller than 2.5.8 allows at the page's current width, as one line each. */
export async function targetProblems(page: Page, width: number): Promise<string[]> {
  const small = await page.evaluate(targetSizeProblems);
  return small.length ? [`target size at ${width} px:\n    ${small.join('\n    ')}`] : [];
}

/**
 * Everything wrong with the open page's reflow at 320 px (also its target sizes there, and with
 * text spacing) and with 200 % text at 390 px; leaves the page at 390 px.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const check = async (view: string) => {
    const o = await overflow(page);
    if (o.scrollWidth > o.width)
      problems.push(
        `${view}: the page is ${o.scrollWidth} px wide at ${o.width} px\n    ${o.culprits.join('\n    ')}`,
      );
  };
  const withStyle = async (css: string, run: () => Promise<void>) => {
    const style = await page.addStyleTag({ content: css });
    await run();
    await style.evaluate((s) => (s as Element).remove());
  };
  await page.setViewportSize({ width: 320, height: 800 });
  await check('320 px');
  problems.push(...(await targetProblems(page, 320)));
  await withStyle(TEXT_SPACING, () => check('320 px with WCAG 1.4.12 text spacing'));
  await page.setViewportSize({ width: 390, height: 800 });
  await withStyle(LARGE_TEXT, () => check('390 px with 200 % text'));
  return problems;
}
