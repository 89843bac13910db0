import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PagePool, startSite, type SiteUnderTest } from '../support/browser';
import { builtPages, onePagePerType } from '../support/dist';
import { groupByShape } from '../support/markup-shape';
import { focusProblemsInMain } from '../support/focus-in-main';
import { layoutShifts, OBSERVE } from '../support/layout-shift';
import { reflowProblems, targetProblems } from '../support/reflow';

// One visit per built page checks what can be checked on a page once it is open. A page whose
// markup is shaped like another's, differing only in words (tests/support/markup-shape.ts: a
// centre page in Finnish and in English, two letters of the sources), is visited once for all of
// its shape, as the one with the longest word; `npm run test:a11y-all` (A11Y_ALL_PAGES=1) visits
// every page. What the visit checks, in an order that changes the window's width three times:
// - no layout shift while it loads at phone width (tests/support/layout-shift.ts; below UNSEEN_SHIFT);
// - axe-core in light and dark colour scheme, at a phone and a desktop width. No rule is disabled:
//   every WCAG 2.2 A/AA and best-practice rule runs in the desktop light view; each other view runs
//   the rules whose outcome can differ from that view's, since the markup, which the other rules
//   read, is the same in every view: layout rules at phone width on every page (a region that
//   scrolls only on a phone), and colour rules in dark mode and at phone width on one page of each
//   type (the largest). Every text colour reaches 4.5:1 on every background in both schemes
//   (src/styles/palette.test.ts), the ratio for text of any size, and the styles use no colour but
//   those tokens, so neither a heading's size at another width nor a page's own words can change
//   the verdict; what a type's components draw in dark or only on a phone is seen on its largest page;
// - focus inside main at both widths (tests/support/focus-in-main.ts);
// - target size at desktop width, then reflow, text spacing, large text and target size at 320 px
//   (tests/support/reflow.ts);
// - no request that leaves the site; and the run sets no cookie.
// WCAG 2.2 A/AA and axe's best practices, as Starlight's docs run it.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Rules that read computed colours, and so differ with the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** Rules that read layout, and so differ with the width. */
const LAYOUT_RULES = ['scrollable-region-focusable'];
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
/**
 * Shifts that add up to less than this pass here: a page served at once moved by under a pixel when
 * two test processes starved the browser (0.00003 on /kallor/, seen once in CI, not seen again with
 * the CPU slowed 20 times or the network to 20 kB/s). CLS counts 0.1 as good. Arrival itself, where
 * a real shift shows, is held to zero in tests/e2e/layout-shift.test.ts.
 */
const UNSEEN_SHIFT = 0.001;
/** One axe run of a visit, at the width the page has then; without `rules`, every rule of WCAG_TAGS. */
interface AxeView {
  name: string;
  scheme: 'light' | 'dark';
  rules?: string[];
}

// axe-core itself, loaded into every page before the page's own scripts.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: SiteUnderTest;
let pool: PagePool;
beforeAll(async () => {
  site = await startSite();
  // bypassCSP: the reflow checks inject the WCAG text-spacing style sheet, which the page's own
  // policy rightly refuses; the policy itself is checked in tests/site/csp.test.ts.
  pool = await PagePool.create(
    site.browser,
    { viewport: PHONE, bypassCSP: true },
    `${AXE}\n${OBSERVE}`,
  );
});
afterAll(async () => {
  await pool?.close();
  await site?.close();
});

function describeViolations(violations: Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
    )
    .join('\n');
}

const pages = builtPages().filter((p) => p.url !== '/404.html');
const ALL_PAGES = process.env.A11Y_ALL_PAGES === '1';
const groups = ALL_PAGES ? pages.map((checked) => ({ checked, alike: [] })) : groupByShape(pages);
/** The pages whose colours are checked in dark and at phone width: the largest of each type, or all with A11Y_ALL_PAGES. */
const typeChecked = new Set((ALL_PAGES ? pages : onePagePerType(pages)).map((p) => p.url));
/** Each page checked, with the pages of the same shape it stands for, as the test's name says. */
const urls = groups.map(({ checked, alike }) => {
  const typed = [checked, ...alike].some((p) => typeChecked.has(p.url));
  const standing = alike.length ? ` (standing for ${alike.map((p) => p.url).join(', ')})` : '';
  const colours = typed ? ', in light and dark colours and in colour at phone width,' : '';
  return { url: checked.url, typed, name: `${checked.url}${standing}${colours}` };
});

// The pages are checked a few at a time (maxConcurrency), each in a page of the pool.
describe.concurrent('every page', () => {
  it.for(urls)(
    "$name has no WCAG 2.2 A/AA or axe best-practice violations at phone and desktop width, does not move while loading, shows focus on screen in main, reflows at 320 px (also with text spacing and 200 % text), has targets of 2.5.8's size, and stays on this site",
    async ({ url, typed }) => {
      await pool.visit(
        `${site.origin}${site.base}${url.replace(/^\//, '')}`,
        async (page, requests) => {
          const failures: string[] = [];
          const axe = async (view: AxeView) => {
            await page.emulateMedia({ colorScheme: view.scheme });
            const runOnly = view.rules
              ? { type: 'rule', values: view.rules }
              : { type: 'tag', values: WCAG_TAGS };
            const { violations } = await page.evaluate(
              (options) =>
                (
                  window as unknown as {
                    axe: { run: (c: Document, o: unknown) => Promise<AxeResults> };
                  }
                ).axe.run(document, options),
              { runOnly, resultTypes: ['violations'] },
            );
            if (violations.length)
              failures.push(`${view.name}:\n${describeViolations(violations)}`);
            await page.emulateMedia({ colorScheme: 'light' });
          };
          const shifts = await layoutShifts(page);
          if (shifts.reduce((sum, s) => sum + s.value, 0) >= UNSEEN_SHIFT)
            failures.push(
              `layout shift while loading at ${PHONE.width} px: ${JSON.stringify(shifts)}`,
            );
          // Contrast at phone width on the page of each type: what only a phone shows.
          await axe({
            name: 'telefon, ljust',
            scheme: 'light',
            rules: typed ? ['color-contrast', ...LAYOUT_RULES] : LAYOUT_RULES,
          });
          failures.push(
            ...(await focusProblemsInMain(page)).map((p) => `focus at ${PHONE.width} px: ${p}`),
          );
          // Back to the page as it loaded: nothing focused, scrolled to the top.
          await page.evaluate(() => {
            (document.activeElement as HTMLElement | null)?.blur();
            window.scrollTo(0, 0);
          });
          await page.setViewportSize(DESKTOP);
          await axe({ name: 'dator, ljust', scheme: 'light' });
          if (typed) await axe({ name: 'dator, mörkt', scheme: 'dark', rules: COLOUR_RULES });
          failures.push(
            ...(await focusProblemsInMain(page)).map((p) => `focus at ${DESKTOP.width} px: ${p}`),
          );
          failures.push(...(await targetProblems(page, DESKTOP.width)));
          failures.push(...(await reflowProblems(page)));
          expect(failures.join('\n\n')).toBe('');
          expect(requests.filter((r) => !r.startsWith(site.origin))).toEqual([]);
        },
        PHONE,
      );
    },
  );
});

it('no page set a cookie', async () => {
  expect(await pool.cookies()).toEqual([]);
});
