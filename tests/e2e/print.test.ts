import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteUnderTest } from '../support/browser';
import { onePagePerType, page as builtPage, pageType } from '../support/dist';

// Printing any page gives its content without the site's navigation, and links say where they go.
let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

// One page of each kind a visitor is likely to print: the start page, a chapter, a centre, a kommun, a template and the checklist.
const PRINTED = [
  '/',
  'vagledning/*',
  'familjecentraler/*',
  'kommuner/*',
  'mallar/*',
  'starta/checklista',
];
const PAGES = onePagePerType()
  .map((p) => p.url)
  .filter((url) => PRINTED.includes(pageType(url)));

describe.each(PAGES)('%s on paper', (path) => {
  it('hides navigation, search and buttons, keeps the content, and prints link addresses', async () => {
    const { page } = await site.open(path, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      'header nav',
      'form[role=search]',
      '.fc-skip-link',
      'nav[aria-label="Du är här"]',
      '.fc-no-print',
    ]) {
      const shown = await page
        .locator(selector)
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
      expect(shown, selector).toBe(0);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    // Every printed page type links within the site from its main content (the built page says so,
    // so this cannot pass on a page without links); the printed link shows its full address.
    expect(
      builtPage(path).root.querySelector('main a[href^="/"]:not([download])'),
      'a link within the site in main',
    ).not.toBeNull();
    const internal = page.locator('main a[href^="/"]:not([download])').first();
    const after = await internal.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(https?:\/\/[^/]+\//);
    expect(after).toContain(`${await internal.getAttribute('href')})`);
    // Text prints black on white even when the screen is in dark mode.
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await page.context().close();
  });
});

describe('the checklist on paper', () => {
  it('prints a done step’s box ticked and says it is done; an open step’s box empty', async () => {
    const { page } = await site.open('/starta/checklista/');
    const boxes = page.locator('.fc-checklist input[type=checkbox]');
    const [done, open] = [boxes.nth(0), boxes.nth(1)];
    await done.check();
    await page.emulateMedia({ media: 'print' });
    // The box keeps the browser's own drawing, which prints its tick; the label also says it in words.
    expect(await done.evaluate((box) => getComputedStyle(box).appearance)).not.toBe('none');
    expect(await done.isChecked()).toBe(true);
    const after = (box: typeof done) =>
      box.evaluate(
        (b) => getComputedStyle(b.closest('li')!.querySelector('label')!, '::after').content,
      );
    expect(await after(done)).toBe('" (klart)"');
    expect(await after(open)).toBe('none');
    await page.context().close();
  });
});
