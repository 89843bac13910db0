import { describe, expect, it } from 'vitest';
import { SV } from './words';
import { wordsWith } from '../../../tests/support/words';
import {
  isSearchPhrases,
  SEARCH_MESSAGE_IDS,
  searchPhrases,
  searchSentences,
} from './search-sentences';

const sv = searchSentences(searchPhrases('sv', SV));

/** A page in English with its own plural forms and word order, and one message not translated. */
const en = wordsWith('en', {
  'search.hits.one': '{count} result',
  'search.hits.other': '{count} results',
  'search.count': '{hits} for “{query}”.',
  'search.otherLanguages': 'No results {inLanguage} for “{query}”. {languages}.',
  'search.languageHits': '{hits} {inLanguage}',
  'search.in.sv': 'in Swedish',
  'search.in.fi': 'in Finnish',
  'search.in.en': 'in [[English]]',
});

describe('what a search page says about an answer', () => {
  it('counts hits in the singular for one and the plural for the rest, numbers in the page’s locale', () => {
    expect(sv.count(1, 'BVC').text).toBe('1 träff för ”BVC”.');
    expect(sv.count(2, 'BVC').text).toBe('2 träffar för ”BVC”.');
    expect(sv.count(0, 'BVC').text).toBe('0 träffar för ”BVC”.');
    expect(sv.count(1234).text).toBe('1\u00a0234 träffar.');
    expect(sv.hits(1)).toBe('1 träff');
  });

  it('says no hits with and without a query (filters alone)', () => {
    expect(sv.none('xyz').text).toBe('Inga träffar för ”xyz”.');
    expect(sv.none().text).toBe('Inga träffar.');
  });

  it('names each other language’s hits in a list in the page’s language', () => {
    expect(
      sv.otherLanguages('perhekeskus', [
        { lang: 'fi', count: 11 },
        { lang: 'en', count: 1 },
      ]).text,
    ).toBe(
      'Inga träffar på svenska för ”perhekeskus”. 11 träffar på finska och 1 träff på engelska.',
    );
    expect(sv.inLanguage('fi')).toBe('På finska');
  });

  it('says a page’s sentences in its language, and marks one said in Swedish for want of a translation', () => {
    const say = searchSentences(searchPhrases('en', en));
    expect(say.count(1, 'BVC')).toEqual({ text: '1 result for “BVC”.', swedish: false });
    expect(say.otherLanguages('x', [{ lang: 'sv', count: 3 }]).text).toBe(
      'No results in English for “x”. 3 results in Swedish.',
    );
    expect(say.inLanguage('fi')).toBe('In Finnish');
    expect(say.none('x')).toEqual({ text: 'Inga träffar för ”x”.', swedish: true });
  });
});

describe('the sentences a search page carries for its script', () => {
  it('are every search message in the page’s language, unfilled, with the untranslated ones named', () => {
    const phrases = searchPhrases('en', en);
    expect(Object.keys(phrases.messages).sort()).toEqual([...SEARCH_MESSAGE_IDS].sort());
    expect(phrases.messages['search.count']).toBe('{hits} for “{query}”.');
    expect(phrases.messages['search.in.en']).toBe('in English');
    expect(phrases.swedish).toContain('search.none');
    expect(phrases.swedish).not.toContain('search.count');
    expect(phrases.locale).toBe('en-GB');
  });

  it('are read back only when whole: a page with a message missing or of another kind is refused', () => {
    const phrases = searchPhrases('sv', SV);
    expect(isSearchPhrases(JSON.parse(JSON.stringify(phrases)))).toBe(true);
    const { ['search.count']: _, ...withoutCount } = phrases.messages;
    expect(isSearchPhrases({ ...phrases, messages: withoutCount })).toBe(false);
    expect(isSearchPhrases({ ...phrases, lang: 'de' })).toBe(false);
    expect(isSearchPhrases({ ...phrases, swedish: ['box.title'] })).toBe(false);
    expect(isSearchPhrases(null)).toBe(false);
  });
});
