/**
 * The first screen of a 390 px phone (844 px tall), for a page of every type: the page's own
 * heading and the start of its first content are on it, above the fold, and on the start page so
 * is the way to find a centre. The header, the preview banner and the language links together
 * leave room for that. Measured in Chromium on the built pages.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PagePool, startSite, type SiteUnderTest } from '../support/browser';
import { onePagePerType } from '../support/dist';
import { routes } from '../../src/lib/paths';

const SCREEN = { width: 390, height: 844 };
/** How much of the first content must show: a line of text and a little. */
const FIRST_LINE = 48;
let site: SiteUnderTest;
let pool: PagePool;
beforeAll(async () => {
  site = await startSite();
  // One context for all: the first screen needs no storage of its own.
  pool = await PagePool.create(site.browser, { viewport: SCREEN });
});
afterAll(async () => {
  await pool?.close();
  await site?.close();
});

const pages = onePagePerType().filter((p) => !p.url.startsWith(routes.editor()));

it.each(pages.map((p) => p.url))(
  '%s shows its heading and the start of its first content on a phone’s first screen, and lines up each row of a list laid out as a row',
  (url) =>
    pool.visit(
      `${site.origin}${site.base}${url.replace(/^\//, '')}`,
      async (page) => {
        const heading = await page.locator('main h1').first().boundingBox();
        expect(heading, 'the page has a heading').not.toBeNull();
        expect(heading!.y + heading!.height).toBeLessThanOrEqual(SCREEN.height);
        // The first block after the heading that is the page's own (the language links are not).
        const first = await page.evaluate(() => {
          const h1 = document.querySelector('main h1')!;
          let el = h1.nextElementSibling ?? h1.parentElement?.nextElementSibling ?? null;
          while (
            el &&
            (el.matches('.fc-languages, script, style') || el.getBoundingClientRect().height === 0)
          )
            el = el.nextElementSibling;
          return el ? el.getBoundingClientRect().top + window.scrollY : null;
        });
        expect(first, `${url}: content after the heading`).not.toBeNull();
        expect(first!).toBeLessThanOrEqual(SCREEN.height - FIRST_LINE);
        // A list laid out as a row (language links, letters, breadcrumbs): the items of a line
        // start at one height (the space the site puts between list items lifted the first).
        const uneven = await page.evaluate(() =>
          [...document.querySelectorAll('ul, ol')].flatMap((list) => {
            const style = getComputedStyle(list);
            if (!style.display.includes('flex') || style.flexDirection !== 'row') return [];
            const lines = new Map<number, number[]>();
            for (const item of list.children) {
              const box = item.getBoundingClientRect();
              if (box.height === 0) continue;
              const line =
                [...lines.keys()].find((b) => Math.abs(b - box.bottom) < 12) ?? box.bottom;
              lines.set(line, [...(lines.get(line) ?? []), box.top]);
            }
            return [...lines.values()]
              .filter((tops) => Math.max(...tops) - Math.min(...tops) > 1)
              .map((tops) => `${list.className}: ${tops.map(Math.round).join(', ')}`);
          }),
        );
        expect(uneven, url).toEqual([]);
        if (url === routes.home()) {
          const find = await page
            .locator(`main .fc-doors a[href$="${routes.centres()}"]`)
            .first()
            .boundingBox();
          expect(find, 'the way to find a centre').not.toBeNull();
          expect(find!.y + find!.height).toBeLessThanOrEqual(SCREEN.height);
        }
      },
      SCREEN,
    ),
);

it('keeps the header’s sections in one row on a phone: the row scrolls within itself, the link cut off at its end fades out, the last link scrolls clear of the fade, and no link reached with Tab is out of sight', () =>
  pool.visit(
    `${site.origin}${site.base}`,
    async (page) => {
      const row = page.locator('.fc-header__list');
      const shown = row.locator('li:visible a');
      const count = await shown.count();
      expect(count, 'sections shown in the row').toBeGreaterThan(1);
      const geometry = () =>
        row.evaluate((list) => {
          const nav = list.parentElement!;
          const fade = getComputedStyle(nav, '::after');
          const box = list.getBoundingClientRect();
          const links = [...list.querySelectorAll('a')].filter((a) => a.offsetParent !== null);
          return {
            scrolls: list.scrollWidth > list.clientWidth,
            fade: { image: fade.backgroundImage, width: parseFloat(fade.width) },
            row: { left: box.left, right: box.left + list.clientWidth },
            last: links.at(-1)!.getBoundingClientRect().right,
          };
        });
      const start = await geometry();
      expect(start.scrolls, 'the row is wider than a phone, so it scrolls').toBe(true);
      expect(start.fade.image).toMatch(/linear-gradient/);
      expect(start.fade.width).toBeGreaterThan(0);
      await row.evaluate((list) => (list.scrollLeft = list.scrollWidth));
      const end = await geometry();
      expect(end.last).toBeLessThanOrEqual(end.row.right - end.fade.width + 1);
      await row.evaluate((list) => (list.scrollLeft = 0));
      await page.locator('.fc-header__search button').focus();
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        const seen = await page.evaluate(() => {
          const a = document.activeElement!;
          const list = a.closest('.fc-header__list')!;
          const box = a.getBoundingClientRect();
          const rowBox = list.getBoundingClientRect();
          return {
            text: a.textContent,
            left: box.left,
            right: box.right,
            rowLeft: rowBox.left,
            rowRight: rowBox.left + list.clientWidth,
          };
        });
        // Scrolling into view is the browser's; what the page owes is that focus is never hidden.
        expect(
          Math.min(seen.right, seen.rowRight) - Math.max(seen.left, seen.rowLeft),
          `${seen.text}`,
        ).toBeGreaterThan(20);
      }
    },
    SCREEN,
  ));
