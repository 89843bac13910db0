import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { indexedPages } from '../support/search-index';

/**
 * A word of the index with a seam inside it: a small letter before a capital, a digit against a
 * letter, or a capital right after a stop or a bracket ("addressVasagatan", "00Vardagar",
 * "saknas).Styrgrupp"). Such a word is right only where the page itself writes it so (VillGott,
 * 1177.se), in one run of text; anywhere else two elements met without a space between them.
 */
const SEAM = /\p{Ll}\p{Lu}|\p{N}\p{L}|\p{L}\p{N}|[.:;)]\p{Lu}/u;
const core = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

describe('the search index', () => {
  const html = new Map(builtPages().map((p) => [p.url, p.html]));
  const indexed = indexedPages();

  it('holds every page it indexes, under the address the page has', () => {
    expect(indexed.length).toBeGreaterThan(0);
    for (const page of indexed) expect(html.has(decodeURI(page.url)), page.url).toBe(true);
  });

  it('reads no word glued together from two parts that stand apart on the page', () => {
    const glued = indexed.flatMap((page) => {
      const source = html.get(decodeURI(page.url)) ?? '';
      return page.text
        .split(/\s+/)
        .map(core)
        .filter((word) => SEAM.test(word) && !/[&<>"']/.test(word) && !source.includes(word))
        .map((word) => `${page.url}: ${word}`);
    });
    expect(glued).toEqual([]);
  });
});
