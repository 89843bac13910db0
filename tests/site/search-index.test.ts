import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { indexedPages } from '../support/search-index';
import { tokenize } from '../../src/lib/search/words';

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
});
