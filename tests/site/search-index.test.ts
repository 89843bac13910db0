import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, page, textOf } from '../support/dist';
import { indexedPages } from '../support/search-index';
import { tokenize } from '../../src/lib/search/words';
import { contentDir } from '../../src/lib/content/dir';

/** The words of a text, as the search's word lists count them. */
const wordsOf = (text: string) => new Set(tokenize(text));

/**
 * The words of a page's HTML read with a space at every tag: a word here is one the page writes
 * in one run of text. A word of the index that is not among them was glued together from the end
 * of one element and the start of the next ("Visiting address" + "Vasagatan").
 */
const wordsApart = (html: string) =>
  wordsOf(html.replace(/<[^>]*>/g, ' ').replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, ' '));

describe('the search index', () => {
  const html = new Map(builtPages().map((p) => [p.url, p.html]));
  const indexed = indexedPages();

  it('holds every page it indexes, under the address the page has', () => {
    expect(indexed.length).toBeGreaterThan(0);
    for (const page of indexed) expect(html.has(decodeURI(page.url)), page.url).toBe(true);
  });

  it('reads no word glued together from two parts that stand apart on the page', () => {
    const glued = indexed.flatMap((page) => {
      const apart = wordsApart(html.get(decodeURI(page.url)) ?? '');
      return [...wordsOf(page.text)]
        .filter((word) => !apart.has(word))
        .map((word) => `${page.url}: ${word}`);
    });
    expect(glued).toEqual([]);
  });

  it('leaves out the week’s "today" marks, which a script shows on the day they are true', () => {
    const marked = indexed.flatMap((p) =>
      page(decodeURI(p.url))
        .root.querySelectorAll('.fc-week__today')
        .flatMap((mark) => (mark.parentNode ? [{ page: p, label: textOf(mark.parentNode) }] : [])),
    );
    expect(marked.length, 'pages with a week have a mark for each day').toBeGreaterThan(0);
    for (const { page: indexedPage, label } of marked)
      expect(indexedPage.text, indexedPage.url).not.toContain(label);
  });

  it('leaves out the facts’ labels and table heads every centre page repeats, and keeps what is known of the centre', () => {
    const centres = indexed.filter(
      (p) => p.lang === 'sv' && /^\/familjecentraler\/[^/]+\/$/.test(decodeURI(p.url)),
    );
    expect(centres.length).toBeGreaterThan(0);
    for (const indexedPage of centres) {
      const root = page(decodeURI(indexedPage.url)).root;
      // A label and its value as the page reads them together ("Samordnare Uppgift saknas").
      for (const dt of root.querySelectorAll('.fc-facts__list dt'))
        expect(indexedPage.text, indexedPage.url).not.toContain(
          `${textOf(dt)} ${dt.nextElementSibling ? textOf(dt.nextElementSibling) : ''}`.trim(),
        );
      const heads = root.querySelectorAll('.fc-facts thead th').map(textOf);
      expect(heads.length).toBeGreaterThan(0);
      expect(indexedPage.text, indexedPage.url).not.toContain(heads.join(' '));
      // The services' names stay: a centre is found by what it offers.
      for (const service of root.querySelectorAll('.fc-facts tbody th'))
        expect(indexedPage.text, indexedPage.url).toContain(textOf(service));
    }
  });

  it('leaves out the service sentences every Swedish centre page repeats, and keeps a translated page’s', () => {
    // The box's first list: what you can do at the centre, each a sentence of the site's own.
    const sentences = (url: string) =>
      page(url)
        .root.querySelectorAll(
          '.fc-parent__list > dd:first-of-type > ul:not(.fc-parent__activities) > li',
        )
        .map((li) => textOf(li).replace(/\s*\(.*$/, '')) // up to its first bracket: who says it comes last
        .filter((sentence) => sentence.length > 20);
    const centres = indexed.filter((p) =>
      /^\/(?:(?:fi|en|ar)\/)?familjecentraler\/[^/]+\/$/.test(decodeURI(p.url)),
    );
    const withSentences = centres
      .map((p) => ({ page: p, said: sentences(decodeURI(p.url)) }))
      .filter((c) => c.said.length > 0);
    const swedish = withSentences.filter((c) => c.page.lang === 'sv');
    const translated = withSentences.filter((c) => c.page.lang !== 'sv');
    // A region with sentences to parents (parent-texts.yaml) has them on its centre pages; one
    // without (the fixture region) has none to leave out.
    if (existsSync(join(contentDir(), 'parent-texts.yaml')))
      expect(swedish.length).toBeGreaterThan(0);
    for (const { page: indexedPage, said } of swedish)
      for (const sentence of said)
        expect(indexedPage.text, indexedPage.url).not.toContain(sentence);
    for (const { page: indexedPage, said } of translated)
      for (const sentence of said) expect(indexedPage.text, indexedPage.url).toContain(sentence);
  });
});
