import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, type SiteUnderTest } from '../support/browser';
import { DIST } from '../support/dist';
import { editDistance } from '../../src/lib/suggest';

/** Queries a user would type, and the page that must come first (or one of the pages that may). */
const QUERIES: [query: string, firstResult: string | string[], why: string][] = [
  // A kommun with one centre: its kommun page or the centre's page are both right answers.
  [
    'Smedjebacken',
    ['/kommuner/smedjebacken/', '/familjecentraler/smedjebacken/'],
    'a kommun’s name',
  ],
  ['Älvdalen', '/kommuner/alvdalen/', 'a kommun’s name with å/ä/ö'],
  ['Borlänge', '/kommuner/borlange/', 'a kommun’s name'],
  ['Sopranen', '/familjecentraler/borlange/', 'a centre’s own name'],
  ['VillGott', '/familjecentraler/ludvika/', 'a centre’s own name'],
  ['Geneta', '/familjecentraler/geneta/', 'an example centre'],
  ['Kopparberg', '/familjecentraler/familjens-hus-kopparberg/', 'an example centre'],
  ['BUP', '/vagledning/samverkan-och-overgangar/', 'an abbreviation from the glossary'],
  ['BVC', '/vagledning/samverkan-och-overgangar/', 'an abbreviation from the glossary'],
  ['barnkonventionen', '/vagledning/vardegrund/', 'a chapter’s key term'],
  ['folkhälsomålet', '/vagledning/vardegrund/', 'a chapter’s key term'],
  ['styrgrupp', '/mallar/styrgruppsuppdrag/', 'the template named after it'],
  ['avsiktsförklaring', '/mallar/avsiktsforklaring/', 'the template a starting kommun needs'],
  ['lokal överenskommelse', '/mallar/lokal-overenskommelse/', 'a template, two words'],
  ['checklista', '/starta/checklista/', 'a tool page'],
  ['självskattning', '/starta/sjalvskattning/', 'a tool page'],
  ['ledningsgrupp', '/vagledning/organisation-och-ledning/', 'a chapter’s key term'],
  [
    'myndighetsutövning',
    ['/vagledning/samverkan-och-overgangar/', '/vagledning/grunduppdrag/', '/ordlista/'],
    'a term with ö',
  ],
  ['Avtal hälsoval', '/vagledning/starta-en-familjecentral/', 'a two-word term'],
  ['elevhälsan', '/vagledning/samverkan-och-overgangar/', 'an inflected form (elevhälsa)'],
  [
    'familjecentralerna',
    '/vagledning/vad-ar-en-familjecentral/',
    'an inflected form (familjecentral)',
  ],
  ['tillgänglighetsredogörelse', '/tillganglighet/', 'a page a visitor looks for'],
  ['överlämnandesamtal', '/vagledning/samverkan-och-overgangar/', 'the chapter that explains it'],
  ['Capio', '/familjecentraler/geneta/', 'a word only on one centre page'],
];

/** The site's words as the build wrote them beside the index, most frequent first. */
const siteWords: [string, number][] = JSON.parse(readFileSync(join(DIST, 'sok/ord.json'), 'utf8'));

/**
 * Misspellings of frequent long words of the site (a letter left out in the middle), each one
 * whose nearest word of the site is the word itself and no other.
 */
function misspellings(count: number): { word: string; typo: string }[] {
  const words = siteWords.map(([w]) => w);
  const found: { word: string; typo: string }[] = [];
  for (const word of words) {
    if (found.length === count) break;
    if (!/^\p{L}{9,}$/u.test(word)) continue;
    const typo = word.slice(0, word.length / 2) + word.slice(word.length / 2 + 1);
    const startsAWord = words.some((w) => w.startsWith(typo.slice(0, -2)) && w !== word);
    const nearest = words.filter((w) => editDistance(typo, w) <= 2);
    if (!startsAWord && nearest.length === 1 && !found.some((f) => f.word === word))
      found.push({ word, typo });
  }
  if (found.length < count)
    throw new Error(`only ${found.length} words of the site suit a misspelling test`);
  return found;
}

let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

async function search(page: Page, query: string) {
  await page.waitForSelector('#fc-search[data-ready]');
  await page.fill('#fc-search-q', query);
  await page.press('#fc-search-q', 'Enter');
  // The status names the query in quotation marks once its results are shown.
  await page.waitForFunction(
    (q) => document.querySelector('#fc-search-status')?.textContent?.includes(`”${q}”`),
    query,
  );
  return page.$$eval('#fc-search-results li h2 a', (links) =>
    links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname),
  );
}

describe('search finds what users type', () => {
  // One search page for the whole table: each query is typed into it, as a user would go on.
  let page: Page;
  beforeAll(async () => {
    page = (await site.open('/sok/')).page;
  });

  it.each(QUERIES)('"%s" puts %s first (%s)', async (query, expected) => {
    const results = await search(page, query);
    const allowed = (Array.isArray(expected) ? expected : [expected]).map(
      (path) => `${site.base}${path.slice(1)}`,
    );
    expect(allowed).toContain(results[0]);
  });

  it('finds inflected forms of the same word', async () => {
    const forms = await search(page, 'familjecentralen');
    const other = await search(page, 'familjecentraler');
    expect(forms.length).toBeGreaterThan(5);
    expect(new Set(forms.slice(0, 5))).toEqual(new Set(other.slice(0, 5)));
  });
});

describe('the search page', () => {
  it('opens with results from the address, announces the count and round-trips filters in the address', async () => {
    const { page, errors } = await site.open('/sok/?q=BVC');
    // The count is announced once every result is on the page.
    await page.waitForFunction(
      () => document.querySelector('#fc-search-status')?.textContent !== '',
    );
    expect(await page.textContent('#fc-search-status')).toMatch(/^\d+ träffar för ”BVC”\.$/);
    const all = await page.locator('#fc-search-results li').count();
    await page.click('#fc-search-more summary');
    await page.getByRole('checkbox', { name: 'Ordlista' }).check();
    await page.waitForURL(/typ=Ordlista/);
    await page.waitForFunction(
      (n) => document.querySelectorAll('#fc-search-results li').length < n,
      all,
    );
    const types = await page.$$eval('#fc-search-results li p.fc-muted', (ps) =>
      ps.map((p) => p.textContent),
    );
    expect(types.every((t) => t === 'Ordlista')).toBe(true);
    await page.reload();
    await page.waitForSelector('#fc-search-results li');
    // A filter in the address unfolds the filters, so what limits the results is in view.
    expect(await page.getByRole('checkbox', { name: 'Ordlista' }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Ordlista' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('works with the keyboard alone, from the header search on any page', async () => {
    const { page } = await site.open('/vagledning/');
    await page.focus('#fc-header-q');
    await page.keyboard.type('Mora');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#fc-search-results li');
    // Tab on to the folded filters, open them with Enter, Tab to the first filter and tick it with the space bar.
    const tabUntil = async (test: string) => {
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) return true;
      }
      return false;
    };
    expect(await tabUntil(`document.activeElement?.tagName === 'SUMMARY'`)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await tabUntil(`document.activeElement?.type === 'checkbox'`)).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL(/q=Mora&/);
    expect(new URL(page.url()).search).toMatch(/^\?q=Mora&\w+=/);
  });

  it('draws exactly the filters that pages give the search index, before the search has loaded', async () => {
    const { page } = await site.open('/sok/');
    await page.waitForSelector('#fc-search[data-ready]');
    const drawn = await page.evaluate(() => {
      const values = (name: string) =>
        [
          ...document.querySelectorAll<HTMLInputElement | HTMLOptionElement>(
            `#fc-search-filters [name="${name}"], #fc-search-filters select[name="${name}"] option`,
          ),
        ]
          .map((e) => e.value)
          .filter(Boolean)
          .sort();
      return { typ: values('typ'), målgrupp: values('målgrupp'), kommun: values('kommun') };
    });
    // As a string, so the test runner does not rewrite the browser's import().
    const indexed = await page.evaluate(`(async () => {
      const pagefind = await import('${site.base}pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '${site.base}' });
      const filters = await pagefind.filters();
      return Object.fromEntries(['typ', 'målgrupp', 'kommun'].map((name) => [name, Object.keys(filters[name] ?? {}).sort()]));
    })()`);
    expect(drawn).toEqual(indexed);
  });

  it('shows the first result on a phone’s first screen, with the filters folded', async () => {
    const { page } = await site.open('/sok/?q=BVC', { viewport: { width: 390, height: 800 } });
    await page.waitForSelector('#fc-search-results li');
    expect(
      await page.evaluate(
        () => (document.querySelector('#fc-search-more') as HTMLDetailsElement).open,
      ),
    ).toBe(false);
    const top = await page.evaluate(
      () => document.querySelector('#fc-search-results li')!.getBoundingClientRect().top,
    );
    expect(top).toBeLessThan(800);
  });

  it('says clearly when nothing is found, with a way to the A–Ö index', async () => {
    const { page } = await site.open('/sok/?q=xyzzyqq');
    await page.waitForFunction(() =>
      document.querySelector('#fc-search-status')?.textContent?.startsWith('Inga träffar'),
    );
    expect(await page.isVisible('#fc-search-empty')).toBe(true);
    expect(await page.getAttribute('#fc-search-empty a', 'href')).toBe(`${site.base}a-o/`);
  });

  it('answers "Inga träffar" for a word on no page instead of hits on its first letters', async () => {
    // A word of the site with letters after it that no page has: Pagefind alone matches its start.
    const word = siteWords.find(([w]) => /^\p{L}{9,}$/u.test(w))![0];
    const query = `${word}qzx`;
    const { page } = await site.open(`/sok/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () => document.querySelector('#fc-search-status')?.textContent !== '',
    );
    expect(await page.textContent('#fc-search-status')).toBe(`Inga träffar för ”${query}”.`);
    expect(await page.locator('#fc-search-results li').count()).toBe(0);
    expect(await page.isVisible('#fc-search-suggestion')).toBe(false);
  });

  it('offers the site’s own word for a misspelling, and its link searches for it', async () => {
    const { page } = await site.open('/sok/');
    for (const { word, typo } of misspellings(3)) {
      await page.fill('#fc-search-q', typo);
      await page.press('#fc-search-q', 'Enter');
      await page.waitForFunction(
        (q) => document.querySelector('#fc-search-status')?.textContent?.includes(`”${q}”`),
        typo,
      );
      expect(await page.textContent('#fc-search-status')).toBe(
        `Inga träffar för ”${typo}”. Menade du ”${word}”?`,
      );
      expect(await page.textContent('#fc-search-suggestion a')).toBe(word);
    }
    await page.click('#fc-search-suggestion a');
    await page.waitForSelector('#fc-search-results li');
    expect(await page.locator('#fc-search-results li').count()).toBeGreaterThan(0);
  });

  it('points to the A–Ö index when JavaScript is off', async () => {
    const { page } = await site.open('/sok/?q=BVC', { javaScriptEnabled: false });
    expect(await page.isVisible('#fc-search-nojs')).toBe(true);
    expect(await page.getAttribute('#fc-search-nojs a', 'href')).toBe(`${site.base}a-o/`);
  });

  it('a content page loads no search script', async () => {
    const { page, requests } = await site.open('/vagledning/vardegrund/');
    await page.waitForLoadState('load');
    expect(requests.filter((r) => r.includes('pagefind'))).toEqual([]);
  });
});
