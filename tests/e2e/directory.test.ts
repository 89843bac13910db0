import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, type SiteUnderTest } from '../support/browser';
import { DIST } from '../support/dist';
import { kommuner } from '../support/site-data';
import { lanFullName } from '../../src/lib/format';

interface Row {
  id: string;
  namn: string;
  kommunkod: string;
  kommun: string;
  lan: string;
  verksamheter: string[];
  status: string;
}
const all = JSON.parse(readFileSync(join(DIST, 'data/familjecentraler.json'), 'utf8')) as Row[];
// The directory page carries the region's own centres; the others are on their län's and kommun's pages.
const rows = all.filter((r) => kommuner.some((k) => k.kommunkod === r.kommunkod));
const others = all.filter((r) => !rows.includes(r));
// The kommun with the most centres, so that filtering by it shows several.
const busiest =
  [...new Set(rows.map((r) => r.kommunkod))].sort(
    (a, b) =>
      rows.filter((r) => r.kommunkod === b).length - rows.filter((r) => r.kommunkod === a).length,
  )[0] ?? '';
let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

const visibleIds = (page: import('playwright-core').Page) =>
  page.$$eval('[data-centre]:not([hidden]) h3 a', (links) =>
    links.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).pop()!).sort(),
  );

describe('Hitta familjecentral', () => {
  it('filtering by kommun shows exactly that kommun’s centres, announces the count and keeps the state in the address', async () => {
    const { page } = await site.open('/familjecentraler/');
    await page.selectOption('#fc-filter-kommun', busiest);
    const expected = rows
      .filter((r) => r.kommunkod === busiest)
      .map((r) => r.id)
      .sort();
    expect(await visibleIds(page)).toEqual(expected);
    expect(await page.textContent('#fc-filter-count')).toBe(
      `Visar ${expected.length} av ${rows.length} familjecentraler.`,
    );
    expect(new URL(page.url()).search).toBe(`?kommun=${busiest}`);
  });

  it('filtering by a service shows exactly the centres that have it', async () => {
    const { page } = await site.open('/familjecentraler/');
    await page.getByLabel('Socialtjänstens förebyggande verksamhet').check();
    const expected = rows
      .filter((r) => r.verksamheter.includes('socialtjanst'))
      .map((r) => r.id)
      .sort();
    expect(await visibleIds(page)).toEqual(expected);
    expect(expected.length).toBeLessThan(rows.length);
  });

  it('opens a shared address with the filter applied', async () => {
    const { page } = await site.open('/familjecentraler/?status=planerad');
    expect(await page.isChecked('input[name=status][value=planerad]')).toBe(true);
    expect(await visibleIds(page)).toEqual(
      rows
        .filter((r) => r.status === 'planerad')
        .map((r) => r.id)
        .sort(),
    );
  });

  it('works with the keyboard alone', async () => {
    const { page } = await site.open('/familjecentraler/');
    await page.focus('#fc-filter-kommun');
    await page.keyboard.press('Tab'); // first status checkbox
    await page.keyboard.press('Space');
    await page.waitForURL(/\?status=planerad$/);
    expect(await page.textContent('#fc-filter-count')).toMatch(
      /^Visar \d+ av \d+ familjecentraler\.$/,
    );
  });

  it('shows the filter form and the count from the first paint, and hides them without JavaScript', async () => {
    const { page } = await site.open('/familjecentraler/', { javaScriptEnabled: false });
    expect(await page.isVisible('#fc-filters')).toBe(false);
    const html = readFileSync(join(DIST, 'familjecentraler/index.html'), 'utf8');
    expect(html).not.toMatch(/<form[^>]*id="fc-filters"[^>]*hidden/);
    expect(html).toContain(`Visar alla ${rows.length} familjecentraler.`);
  });

  it('leads from the directory to every other län, and from there to each kommun and centre', async () => {
    const { page } = await site.open('/familjecentraler/');
    const lanLinks = await page.$$eval('#andra-lan ~ ul a', (links) =>
      links.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent })),
    );
    expect(lanLinks.map((l) => l.text).sort()).toEqual(
      [...new Set(others.map((r) => lanFullName(r.lan)))].sort(),
    );
    const reached = new Set<string>();
    for (const lan of lanLinks) {
      await page.goto(`${site.origin}${lan.href}`);
      for (const kommunHref of await page.$$eval('main h2 a', (links) =>
        links.map((a) => a.getAttribute('href')!),
      )) {
        const kommunPage = await page.context().newPage();
        await kommunPage.goto(`${site.origin}${kommunHref}`);
        for (const id of await kommunPage.$$eval('.fc-card__title a', (links) =>
          links.map((a) => a.getAttribute('href')!.split('/').at(-2)!),
        ))
          reached.add(id);
        await kommunPage.close();
      }
    }
    expect([...reached].sort()).toEqual(others.map((r) => r.id).sort());
  });

  it('lists every centre without JavaScript, with the filter form hidden', async () => {
    const { page } = await site.open('/familjecentraler/', { javaScriptEnabled: false });
    expect(await page.locator('[data-centre]:visible').count()).toBe(rows.length);
    expect(await page.isVisible('#fc-filters')).toBe(false);
  });

  it('keeps each filter box square at 320 px, where a label wraps onto a second line', async () => {
    const { page } = await site.open('/familjecentraler/', {
      viewport: { width: 320, height: 740 },
    });
    const boxes = await page.$$eval('.fc-filters input[type=checkbox]', (inputs) =>
      inputs.map((i) => {
        const r = i.getBoundingClientRect();
        return { name: i.closest('label')?.textContent?.trim(), width: r.width, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box.width, box.name).toBeCloseTo(box.height, 0);
  });

  it('a parent reaches a centre from the start page in two clicks, on a phone', async () => {
    const { page } = await site.open('/', { viewport: { width: 375, height: 740 } });
    await page.getByRole('link', { name: 'Hitta familjecentral' }).first().click();
    const centre = rows.find((r) => kommuner.some((k) => k.kommunkod === r.kommunkod))!;
    await page.getByRole('link', { name: centre.namn, exact: true }).click();
    expect(await page.locator('h1').textContent()).toBe(centre.namn);
  });
});

describe('the county map', () => {
  it('has one linked shape per kommun in the region, each to an existing page, coloured by its status', async () => {
    const { page } = await site.open('/kommuner/');
    const shapes = await page.$$eval('.fc-map__link', (links) =>
      links.map((a) => ({
        href: a.getAttribute('href')!,
        label: a.getAttribute('aria-label')!,
        cls: a.querySelector('path')!.getAttribute('class')!,
      })),
    );
    expect(shapes).toHaveLength(kommuner.length);
    for (const k of kommuner) {
      const shape = shapes.find((s) => s.label.startsWith(`${k.kommun}:`));
      expect(shape, k.kommun).toBeDefined();
      expect(shape!.cls).toContain(`fc-map__area--${k.status}`);
      const response = await page.request.get(`${site.origin}${shape!.href}`);
      expect(response.status()).toBe(200);
    }
  });
});
