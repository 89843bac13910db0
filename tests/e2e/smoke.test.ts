import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSite, type SiteUnderTest } from '../support/browser';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

it('the start page loads with no console errors and requests nothing from elsewhere', async () => {
  const { page, errors, requests } = await site.open('/');
  await page.waitForLoadState('networkidle');
  expect(await page.locator('h1').count()).toBe(1);
  expect(errors).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([]);
});

it('the skip link is the first thing the keyboard reaches and moves focus to main', async () => {
  const { page } = await site.open('/');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
    'Hoppa till innehållet',
  );
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
});

it('an unknown address shows the 404 page with a way on', async () => {
  const { page } = await site.open('/finns-inte/');
  expect(await page.locator('h1').textContent()).toContain('Sidan finns inte');
  expect(await page.locator('main a').count()).toBeGreaterThan(0);
});
