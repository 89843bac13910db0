/**
 * WCAG 2.2 as a person meets it, on every built page, in Chromium:
 * - 1.4.10 Reflow: at 320 CSS px (400 % zoom on a desktop) nothing scrolls sideways; a wide table
 *   scrolls inside its own region (.fc-table-wrap), which the criterion allows;
 * - 1.4.12 Text spacing: the same with the criterion's line, paragraph, letter and word spacing;
 * - 200 % text on a 390 px phone (the root font size doubled, as a phone's text size setting does);
 * - 2.5.8 Target size (minimum) at phone and desktop width (tests/support/target-size.ts).
 * The page's own policy does not allow the injected style sheets, so this context bypasses it;
 * the policy itself is checked in tests/site/csp.test.ts and the other browser tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PagePool, startSite, type SiteUnderTest } from '../support/browser';
import { builtPages } from '../support/dist';
import { targetSizeProblems } from '../support/target-size';

const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
const LARGE_TEXT = 'html { font-size: 200% !important; }';

let site: SiteUnderTest;
let pool: PagePool;
beforeAll(async () => {
  site = await startSite();
  pool = await PagePool.create(site.browser, { viewport: { width: 320, height: 800 }, bypassCSP: true });
});
afterAll(async () => {
  await pool?.close();
  await site?.close();
});

/** The page's width, and what sticks out beyond the viewport when it is wider. */
async function overflow(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return { scrollWidth, width, culprits: [] as string[] };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.fc-table-wrap') && e.checkVisibility())
      .slice(0, 5)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> ${(e.textContent ?? '').trim().slice(0, 50)}`);
    return { scrollWidth, width, culprits };
  });
}

const urls = builtPages().map((p) => p.url);

describe.concurrent('every page', () => {
  it.each(urls)('%s reflows at 320 px, with text spacing and with 200 % text, and its targets are large or far enough apart', async (url) => {
    await pool.visit(`${site.origin}${site.base}${url.replace(/^\//, '')}`, async (page) => {
      const failures: string[] = [];
      const check = async (view: string) => {
        const o = await overflow(page);
        if (o.scrollWidth > o.width) failures.push(`${view}: the page is ${o.scrollWidth} px wide at ${o.width} px\n    ${o.culprits.join('\n    ')}`);
      };
      await page.setViewportSize({ width: 320, height: 800 });
      await check('320 px');
      const targets = await page.evaluate(targetSizeProblems);
      if (targets.length) failures.push(`target size at 320 px:\n    ${targets.join('\n    ')}`);
      const spacing = await page.addStyleTag({ content: TEXT_SPACING });
      await check('320 px with WCAG 1.4.12 text spacing');
      await spacing.evaluate((style) => (style as Element).remove());
      await page.setViewportSize({ width: 390, height: 800 });
      const large = await page.addStyleTag({ content: LARGE_TEXT });
      await check('390 px with 200 % text');
      await large.evaluate((style) => (style as Element).remove());
      await page.setViewportSize({ width: 1280, height: 900 });
      const wide = await page.evaluate(targetSizeProblems);
      if (wide.length) failures.push(`target size at 1280 px:\n    ${wide.join('\n    ')}`);
      expect(failures, failures.join('\n')).toEqual([]);
    });
  });
});
