import { describe, expect, it } from 'vitest';
import { SV } from './words';
import { wordsWith } from '../../../tests/support/words';
import { SWEDISH_SEARCH_PAGE } from '../search/messages';
import { searchPageWords } from './search-page';

describe('a search page’s own words', () => {
  it('on the Swedish page: the shared words, and its own description, hint and form name', () => {
    const words = searchPageWords('sv', SV);
    expect(words.heading).toBe(SV.t('search.heading'));
    expect(words.button).toBe(SV.t('search.button'));
    expect(words.description).toBe(SWEDISH_SEARCH_PAGE.description);
    expect(words.formName).not.toBe(words.heading);
  });

  it('on a page in another language: the messages as translated, naming the page’s language', () => {
    const fi = wordsWith('fi', {
      'search.heading': 'Hae sivustolta',
      'search.noScript': 'Haku tarvitsee JavaScriptin. Sivut {inLanguage}:',
      'search.description': 'Hae sivuilta {inLanguage} ja muualta sivustolta.',
      'search.in.fi': 'suomeksi',
    });
    const words = searchPageWords('fi', fi);
    expect(words.heading).toBe('Hae sivustolta');
    expect(words.formName).toBe('Hae sivustolta');
    expect(words.noScript).toBe('Haku tarvitsee JavaScriptin. Sivut suomeksi:');
    expect(words.description).toBe('Hae sivuilta suomeksi ja muualta sivustolta.');
  });
});
