import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteUnderTest } from '../support/browser';
import { onePagePerType, pageType } from '../support/dist';

// Printing any page gives its content without the site's navigation, and links say where they go.
let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

// One page of each kind a visitor is likely to print: the start page, a chapter, a centre, a kommun, a template and the checklist.
const PRINTED = ['/', 'vagledning/*', 'familjecentraler/*', 'kommuner/*', 'mallar/*', 'starta/checklista'];
const PAGES = onePagePerType()
  .map((p) => p.url)
  .filter((url) => PRINTED.includes(pageType(url)));

describe.each(PAGES)('%s on paper', (path) => {
  it('hides navigation, search and buttons, keeps the content, and prints link addresses', async () => {
    const { page } = await site.open(path, { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header nav', 'form[role=search]', '.fc-skip-link', 'nav[aria-label="Du är här"]', '.fc-no-print']) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
      expect(shown, selector).toBe(0);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    const internal = page.locator('main a[href^="/"]:not([download])').first();
    if ((await internal.count()) > 0) {
      const after = await internal.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain(await internal.getAttribute('href'));
    }
    // Text prints black on white even when the screen is in dark mode.
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await page.context().close();
  });
});
