/**
 * A parent who reads Finnish, English or Arabic, on a 390 px phone: from the language's start page
 * they reach their kommun's centre page, or its "where to go now", in that language in at most
 * three taps; and in Arabic, right to left, each line of the box's times and of the week reads in
 * order: a session's time is read first, beside its own words, and the lines follow the week from
 * the top. The languages, kommuner and centres come from the built site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, type SiteUnderTest } from '../support/browser';
import { DIST } from '../support/dist';
import { centres, kommuner } from '../support/site-data';
import { kommunSlug } from '../../src/lib/slug';
import { TRANSLATION_LANGUAGES } from '../../src/schemas/translation-vocabulary';

const languages = TRANSLATION_LANGUAGES.filter((lang) =>
  existsSync(join(DIST, lang, 'index.html')),
);
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };
let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

/** A kommun with an open centre by its newest fact (however old), and one with none known to be open today. */
const withCentre = kommuner.find(
  (k) =>
    (k.status === 'oppen' || k.status === 'oppen-aldre') &&
    centres.some((c) => c.kommunkod === k.kommunkod && c.status === 'öppen'),
);
const without = kommuner.find((k) => k.status !== 'oppen');
const slugOf = (name: string) => kommunSlug({ data: { name } });

/** Taps the first element matching the selector and waits for the page it leads to. */
async function tap(page: Page, selector: string) {
  const before = page.url();
  await page.locator(selector).first().tap();
  await page.waitForURL((url) => url.href !== before);
}

describe.each(languages)('%s', (lang) => {
  it('from the start page, a parent reaches their kommun’s centre page in the language in two taps', async () => {
    expect(withCentre, 'a kommun with an open centre').toBeDefined();
    const slug = slugOf(withCentre!.kommun);
    const { page } = await site.open(`/${lang}/`, phone);
    await tap(page, `[data-find-kommun] a[href$="/${lang}/kommuner/${slug}/"]`);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${lang}/kommuner/${slug}/$`));
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await tap(page, `[data-centre] a[href*="/${lang}/familjecentraler/"]`);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/${lang}/familjecentraler/[^/]+/$`));
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    // The page says what to do: the box and a way to reach the centre, in the language.
    expect(await page.locator(`[data-parent-box="${lang}"]`).count()).toBe(1);
    expect(await page.locator(`[data-contact="${lang}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('from the start page, a parent in a kommun without a centre known to be open today reaches where to go now in one tap', async () => {
    expect(without, 'a kommun without a centre known to be open today').toBeDefined();
    const slug = slugOf(without!.kommun);
    const { page } = await site.open(`/${lang}/`, phone);
    await tap(page, `[data-find-kommun] a[href$="/${lang}/kommuner/${slug}/"]`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const way = page.locator('[data-way-forward]');
    expect(await way.count()).toBe(1);
    expect(await way.isVisible()).toBe(true);
    await page.context().close();
  });
});

it('in Arabic, every line of the box’s times and of the week reads in order, right to left: the time first, its Swedish words beside it or under it in one piece', async () => {
  const pages = centres.filter((c) =>
    existsSync(join(DIST, 'ar/familjecentraler', c.id, 'index.html')),
  );
  expect(pages.length > 0).toBe(languages.includes('ar'));
  let checked = 0;
  let pictured = false;
  for (const c of pages) {
    const { page } = await site.open(`/ar/familjecentraler/${c.id}/`, phone);
    for (const part of ['.fc-parent__session', '.fc-week [data-session-from]']) {
      const lines = await page.locator(part).evaluateAll((els) =>
        els.map((el) => {
          // The first row each part takes: words that wrap take more rows after it.
          const first = (e: Element | null) =>
            (
              (e ?? el).getClientRects()[0] ?? (e ?? el).getBoundingClientRect()
            ).toJSON() as DOMRect;
          return {
            all: first(el),
            time: first(el.querySelector('bdi')),
            words: first(el.querySelector('[lang="sv"]')),
            // An inline run of words split over lines has a box per line; one piece has one.
            wordBoxes: el.querySelector('[lang="sv"]')?.getClientRects().length ?? 0,
          };
        }),
      );
      let above = -Infinity;
      for (const line of lines) {
        // The time is read first, on the line's own first row: right of its words on that row,
        // or above them when they do not fit beside it. The words are one piece, never split
        // around the time.
        if (line.words.top < line.time.bottom - 2)
          expect(line.time.right).toBeGreaterThan(line.words.right);
        else expect(line.words.top).toBeGreaterThanOrEqual(line.time.bottom - 2);
        expect(line.time.top).toBeGreaterThanOrEqual(line.all.top - 1);
        expect(line.wordBoxes).toBe(1);
        // The lines follow the week from the top.
        expect(line.all.top).toBeGreaterThan(above);
        above = line.all.top;
      }
      checked += lines.length;
    }
    // One picture to look at, of the first page with a week.
    if (checked > 0 && !pictured) {
      await page.screenshot({ path: join('test-results', `ar-week-${c.id}.png`), fullPage: true });
      pictured = true;
    }
    await page.context().close();
  }
  expect(checked > 0).toBe(languages.includes('ar'));
});
