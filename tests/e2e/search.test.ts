import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, type SiteUnderTest } from '../support/browser';
import { DIST } from '../support/dist';
import { indexedPages } from '../support/search-index';
import { regionCentres } from '../support/site-data';
import { isKnown, siteWords } from '../../src/lib/search/did-you-mean';
import { tokenize } from '../../src/lib/search/words';
import { TRANSLATION_LANGUAGES } from '../../src/schemas/translation-vocabulary';
import {
  MISSPELLINGS,
  OTHER_LANGUAGES,
  QUESTIONS,
  SYNONYMS,
  WORDS,
  type SearchCase,
} from './search-queries';

/** The site's Swedish words as the build wrote them beside the index, most frequent first. */
const wordList = JSON.parse(readFileSync(join(DIST, 'sok/ord.json'), 'utf8')) as [string, number][];
const swedishWords = siteWords(wordList);

let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

interface Shown {
  status: string;
  /** The results' addresses, without the base path. */
  paths: string[];
  /** Each result's line under its title: its language (when another) and kind. */
  labels: string[];
}

/** Types a query into the search page, as a visitor does, and reads the answer once it is all there. */
async function search(page: Page, query: string): Promise<Shown> {
  await page.waitForSelector('#fc-search[data-ready]');
  await page.fill('#fc-search-q', query);
  await page.press('#fc-search-q', 'Enter');
  // The status is emptied when a search starts and names the query once its results are shown.
  await page.waitForFunction(
    (q) => document.querySelector('#fc-search-status')?.textContent?.includes(q),
    query,
  );
  return page.evaluate((base) => {
    const items = [...document.querySelectorAll('#fc-search-results li')];
    return {
      status: document.querySelector('#fc-search-status')?.textContent ?? '',
      paths: items.map((li) => {
        const path = new URL(li.querySelector('a')?.href ?? '', location.href).pathname;
        return `/${path.slice(base.length)}`;
      }),
      labels: items.map((li) => li.querySelector('p.fc-muted')?.textContent ?? ''),
    };
  }, site.base);
}

/** The pages a case accepts first; "/en/*" accepts any page under /en/. */
const allowed = (c: Pick<SearchCase, 'first'>) => {
  const listed = typeof c.first === 'string' ? [c.first] : c.first;
  return {
    has: (path: string | undefined) =>
      path !== undefined &&
      listed.some((f) => (f.endsWith('*') ? path.startsWith(f.slice(0, -1)) : f === path)),
    listed,
  };
};

describe('search finds what people type (tests/e2e/search-queries.ts)', () => {
  // One search page for all: each query is typed into it, as a visitor would go on.
  let page: Page;
  beforeAll(async () => {
    page = (await site.open('/sok/')).page;
  });

  it.each(WORDS.map((c) => [c.query, c] as const))('"%s" (a word)', async (query, c) => {
    const { paths } = await search(page, query);
    expect(
      allowed(c).has(paths[0]),
      `${c.why}: ${paths[0]} is not one of ${allowed(c).listed.join(', ')}`,
    ).toBe(true);
  });

  it.each(QUESTIONS.map((c) => [c.query, c] as const))('"%s" (a question)', async (query, c) => {
    const { paths } = await search(page, query);
    expect(
      allowed(c).has(paths[0]),
      `${c.why}: ${paths[0]} is not one of ${allowed(c).listed.join(', ')}`,
    ).toBe(true);
  });

  it.each(MISSPELLINGS.map((c) => [c.query, c] as const))(
    '"%s" shows its one clear correction’s results at once',
    async (query, c) => {
      const { status, paths } = await search(page, query);
      expect(status).toMatch(new RegExp(`^Visar träffar för ”${c.corrected}”: \\d+ träff`));
      expect(status).toContain(`Sök i stället efter ”${query}”.`);
      expect(
        allowed(c).has(paths[0]),
        `${c.why}: ${paths[0]} is not one of ${allowed(c).listed.join(', ')}`,
      ).toBe(true);
      expect(await page.textContent('#fc-search-instead')).toBe(`Sök i stället efter ${query}`);
    },
  );

  it.each(SYNONYMS.map((c) => [c.words.join(', '), c] as const))(
    '%s: each finds the same pages, in the same order',
    async (_words, c) => {
      const found = [];
      for (const word of c.words) found.push((await search(page, word)).paths);
      expect(found[0]?.[0], c.why).toBe(c.first);
      for (const other of found.slice(1)) expect(other).toEqual(found[0]);
    },
  );

  it('a word every centre page has ("BVC") lists the region’s centres before the examples from elsewhere', async () => {
    const { paths } = await search(page, 'BVC');
    const isCentre = (path: string) => /^\/familjecentraler\/[^/]+\/$/.test(path);
    const own = new Set(regionCentres.map((c) => `/familjecentraler/${c.id}/`));
    const found = paths.filter(isCentre);
    const lastOwn = found.findLastIndex((path) => own.has(path));
    const firstOther = found.findIndex((path) => !own.has(path));
    expect(lastOwn).toBeGreaterThanOrEqual(0);
    if (firstOther >= 0) expect(lastOwn, found.join(' ')).toBeLessThan(firstOther);
  });

  it.each(OTHER_LANGUAGES.map((c) => [c.query, c] as const))(
    '"%s" finds that language’s pages from the Swedish search, marked with the language',
    async (query, c) => {
      const { status, paths, labels } = await search(page, query);
      expect(status).toMatch(new RegExp(`^Inga träffar på svenska för ”${query}”\\. \\d+ träff`));
      expect(
        allowed(c).has(paths[0]),
        `${c.why}: ${paths[0]} is not one of ${allowed(c).listed.join(', ')}`,
      ).toBe(true);
      expect(labels[0]).toMatch(new RegExp(`^${c.label} · `));
    },
  );

  it('says so when no page has every word of a question, and names the words it searched for', async () => {
    // A question with the stop words no page has all of, and its meaningful words on some pages.
    const { status } = await search(page, 'vad ska jag berätta när socialtjänsten ringer');
    expect(status).toMatch(
      /^Inga sidor har alla orden i ”vad ska jag berätta när socialtjänsten ringer”\. Sidor med /,
    );
    const any = await search(page, 'får personalen prata med varandra om mitt barn');
    expect(any.status).toMatch(/, de med flest av orden först: \d+ träffar\.$/);
  });

  it('finds inflected forms of the same word', async () => {
    const forms = (await search(page, 'familjecentralen')).paths;
    const other = (await search(page, 'familjecentraler')).paths;
    expect(forms.length).toBeGreaterThan(5);
    expect(new Set(forms.slice(0, 5))).toEqual(new Set(other.slice(0, 5)));
  });
});

describe('search in each language', () => {
  const pages = indexedPages().map((p) => ({ ...p, text: p.text.toLowerCase() }));
  /**
   * For each translated page, a word of its indexed text that no other page of the site has in
   * its text, not even as another form of it (the search stems words: no other page has the
   * word's first letters, all but its last three), so the page is the one right answer. A page
   * with no such word (the kommun pages share their words) is left out.
   */
  const ownWords = (lang: string) =>
    pages
      .filter((p) => p.lang === lang)
      .map((p) => {
        const others = pages.filter((o) => o !== p).map((o) => o.text);
        // Arabic writes its articles and some prepositions onto the word: they are no part of its stem.
        const stem = (w: string) => {
          const bare = w.replace(/^(?:وال|بال|لل|ال|و|ب|ل)(?=.{4})/u, '');
          return bare.slice(0, Math.max(4, bare.length - 3));
        };
        // The longest such word: a long word is the least likely to be shared in another form.
        const word = tokenize(p.text)
          .filter(
            (w) => w.length >= 6 && !/^\d+$/.test(w) && others.every((t) => !t.includes(stem(w))),
          )
          .sort((a, b) => b.length - a.length)[0];
        return { url: p.url, word };
      });

  it.each(TRANSLATION_LANGUAGES)(
    'finds each %s page by a word of its own, from the language’s search page and from the Swedish one',
    async (lang) => {
      const words = ownWords(lang);
      expect(words.length, `no ${lang} pages in the index`).toBeGreaterThan(0);
      const own = (await site.open(`/${lang}/sok/`)).page;
      const swedish = (await site.open('/sok/')).page;
      let fromSwedish = 0;
      for (const { url, word } of words) {
        if (!word) continue;
        expect((await search(own, word)).paths[0], `"${word}" from /${lang}/sok/`).toBe(url);
        // A word the Swedish pages have finds them first; the others find the page, marked.
        if (isKnown(word, swedishWords)) continue;
        const answer = await search(swedish, word);
        expect(answer.paths[0], `"${word}" from /sok/`).toBe(url);
        expect(answer.status).toMatch(/^Inga träffar på svenska/);
        fromSwedish++;
      }
      expect(fromSwedish, `no ${lang} page has a word the Swedish pages lack`).toBeGreaterThan(0);
    },
  );

  it('writes each result’s summary and excerpt in its page’s direction, even where an Arabic sentence starts with a Swedish name', async () => {
    const { page } = await site.open('/ar/sok/');
    await search(page, 'BVC');
    const parts = await page.evaluate(() =>
      [...document.querySelectorAll('#fc-search-results li')].map((li) => ({
        lang: li.querySelector('a')?.getAttribute('hreflang') ?? 'ar',
        dirs: [...li.querySelectorAll(':scope > p:not(.fc-muted)')].map((p) =>
          p.getAttribute('dir'),
        ),
      })),
    );
    const arabic = parts.filter((p) => p.lang === 'ar');
    expect(arabic.length, 'Arabic pages found').toBeGreaterThan(0);
    for (const p of arabic) expect(p.dirs).toEqual(p.dirs.map(() => 'rtl'));
    for (const p of parts.filter((q) => q.lang !== 'ar'))
      expect(p.dirs).toEqual(p.dirs.map(() => 'ltr'));
  });

  it('says its answers in the page’s language, and reads its pages in theirs', async () => {
    const { page } = await site.open('/fi/sok/');
    const fi = await search(page, 'perhekeskus');
    expect(fi.status).toMatch(/^Haulla ”perhekeskus” löytyi \d+ tulosta\.$/);
    const sv = await search(page, 'avsiktsförklaring');
    expect(sv.status).toMatch(
      /^Haulla ”avsiktsförklaring” ei löytynyt mitään suomeksi\. \d+ tulosta ruotsiksi/,
    );
    // The language, and not the kind of page: the kinds are Swedish words.
    expect(sv.labels[0]).toBe('Ruotsiksi');
    expect(fi.labels[0]).toBe('');
    expect(await page.getAttribute('#fc-search-results li a', 'hreflang')).toBe('sv');
    expect(await page.getAttribute('#fc-search-results li a', 'lang')).toBe('sv');
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
    const word = wordList.find(([w]) => /^\p{L}{9,}$/u.test(w))?.[0] ?? 'familjecentral';
    const query = `${word}qzx`;
    const { page } = await site.open(`/sok/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () => document.querySelector('#fc-search-status')?.textContent !== '',
    );
    expect(await page.textContent('#fc-search-status')).toBe(`Inga träffar för ”${query}”.`);
    expect(await page.locator('#fc-search-results li').count()).toBe(0);
    expect(await page.isVisible('#fc-search-suggestion')).toBe(false);
  });

  it('only suggests a word when two words are as close, and its link searches for it', async () => {
    const { page } = await site.open('/sok/');
    // "personel": personal and personer are each one letter away.
    const { status, paths } = await search(page, 'personel');
    expect(status).toMatch(/^Inga träffar för ”personel”\. Menade du ”person\w+”\?$/);
    expect(paths).toEqual([]);
    const suggested = await page.textContent('#fc-search-suggestion a');
    await page.click('#fc-search-suggestion a');
    await page.waitForFunction(
      (q) => document.querySelector('#fc-search-status')?.textContent?.includes(`”${q}”`),
      suggested,
    );
    expect(await page.locator('#fc-search-results li').count()).toBeGreaterThan(0);
  });

  it('searches for the words as written from "Sök i stället efter …", and then only suggests', async () => {
    const { page } = await site.open('/sok/?q=famljecentral');
    await page.waitForSelector('#fc-search-instead:not([hidden]) a');
    await page.click('#fc-search-instead a');
    await page.waitForURL(/exakt=1/);
    await page.waitForFunction(() =>
      document.querySelector('#fc-search-status')?.textContent?.startsWith('Inga träffar'),
    );
    expect(await page.textContent('#fc-search-status')).toBe(
      'Inga träffar för ”famljecentral”. Menade du ”familjecentral”?',
    );
    expect(await page.textContent('#fc-search-suggestion a')).toBe('familjecentral');
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
