/**
 * What only the Swedish search page says: its own description, hint and form name (it searches
 * with filters, and understands questions), and the corrections, since the stop words, inflection
 * and synonyms the search knows are Swedish. Every search page's other words, and its answers,
 * are the site's messages (search.* in src/lib/telling/messages.ts, said by src/lib/telling/search-sentences.ts and search-page.ts), translated in
 * the phrase files.
 */
import type { PartialMatch } from './answer';

const list = (items: readonly string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

export const SWEDISH_SEARCH_PAGE = {
  description: 'Sök i vägledningen, bland familjecentraler, kommuner, ord och händelser.',
  /** The form's name, for the search landmark beside the header's. */
  formName: 'Sök med filter',
  hint: 'Ett ord, en fråga, en kommun eller en förkortning som BVC.',
  /** Said when JavaScript is off, before the way on. */
  noScript: 'Sökningen behöver JavaScript, som är avstängt.',
};

/** The Swedish page's answers after a correction; `hits` is a number of hits as search-sentences.ts says it. */
export const SWEDISH_CORRECTIONS = {
  /** "Menade du ”familjecentral”?" */
  suggestion: (words: string) => `Menade du ”${words}”?`,
  /** The corrected query's results. */
  corrected: (hits: string, corrected: string) => `Visar träffar för ”${corrected}”: ${hits}.`,
  /** The words as written, as a link: "Sök i stället efter ”famljecentral”." */
  searchInstead: (query: string) => `Sök i stället efter ”${query}”.`,
  /** No page with every word; the pages with the meaningful words. */
  partial: (hits: string, query: string, { words, all }: PartialMatch) =>
    `Inga sidor har alla orden i ”${query}”. Sidor med ${list(
      words.map((w) => `”${w}”`),
      all ? 'och' : 'eller',
    )}${all ? '' : ', de med flest av orden först'}: ${hits}.`,
};
