/**
 * A search page's own words, in its language: the title, the form and what it says without
 * JavaScript. The Swedish page has its own description, hint and form name (it searches with
 * filters and understands questions: messages.ts); a page in another language says the site's
 * messages (search.* in src/lib/telling/messages.ts) as its phrase file translates them. Pure.
 */
import type { Words } from './words.ts';
import { SWEDISH_SEARCH_PAGE } from '../search/messages.ts';
import { inLanguageId, type SearchLanguage } from './search-sentences.ts';

export interface SearchPageWords {
  title: string;
  heading: string;
  description: string;
  /** The form's name, for the search landmark beside the header's. */
  formName: string;
  label: string;
  button: string;
  hint: string;
  /** Said when JavaScript is off, before the way on. */
  noScript: string;
  /** Below an answer with no results. */
  nothingFound: string;
}

export function searchPageWords(lang: SearchLanguage, words: Words): SearchPageWords {
  const heading = words.t('search.heading');
  const shared = {
    title: words.t('search.title'),
    heading,
    label: words.t('search.label'),
    button: words.t('search.button'),
    nothingFound: words.t('search.nothingFound'),
  };
  if (lang === 'sv') return { ...shared, ...SWEDISH_SEARCH_PAGE };
  const inLanguage = words.t(inLanguageId(lang));
  return {
    ...shared,
    description: words.t('search.description', { inLanguage }),
    formName: heading,
    hint: words.t('search.hint'),
    noScript: words.t('search.noScript', { inLanguage }),
  };
}
