/**
 * What a search page's script says about an answer, in the page's language: the count, "no hits",
 * and the hits in other languages. The sentences are the site's messages (search.* in
 * src/lib/telling/messages.ts), translated in the phrase files like every other fixed word, so a
 * translator checks them in the same XLIFF file. The page carries the ones its script needs
 * (`searchPhrases`, on the form as data-phrases); the script checks what it reads
 * (`isSearchPhrases`) and fills them with the answer's numbers and words (`searchSentences`), so
 * no table of messages is sent to the browser. Pure.
 */
import {
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
} from '../../schemas/translation-vocabulary.ts';
import { fill } from './fill.ts';
import type { MessageId } from './messages.ts';
import type { Words } from './words.ts';
import { fromKeys, isList, isOneOf, isRecord } from '../typed.ts';

export type SearchLanguage = 'sv' | TranslationLanguage;
/** Swedish and every language the parents' pages are translated into. */
export const SEARCH_LANGUAGES: readonly SearchLanguage[] = ['sv', ...TRANSLATION_LANGUAGES];

/** After "Inga träffar", and beside a hit in another language: "på finska". */
export const inLanguageId = (lang: SearchLanguage) => `search.in.${lang}` as const;

const ANSWER_IDS = [
  'search.hits.one',
  'search.hits.other',
  'search.count',
  'search.countFiltered',
  'search.none',
  'search.noneFiltered',
  'search.otherLanguages',
  'search.languageHits',
] as const;

/** The messages a search page's script says its answers with. */
export const SEARCH_MESSAGE_IDS = [
  ...ANSWER_IDS,
  ...SEARCH_LANGUAGES.map(inLanguageId),
] satisfies MessageId[];
export type SearchMessageId = (typeof SEARCH_MESSAGE_IDS)[number];

/** What a search page carries for its script. */
export interface SearchPhrases {
  lang: SearchLanguage;
  /** The page's locale: its plural forms, numbers and lists. */
  locale: string;
  messages: Record<SearchMessageId, string>;
  /** The messages said in Swedish on a page in another language, for want of a current translation. */
  swedish: SearchMessageId[];
}

/** What a page in `words`' language carries for its script. */
export function searchPhrases(lang: SearchLanguage, words: Words): SearchPhrases {
  return {
    lang,
    locale: words.locale,
    messages: fromKeys(SEARCH_MESSAGE_IDS, (id) => words.template(id)),
    swedish: SEARCH_MESSAGE_IDS.filter((id) => words.fallback(id)),
  };
}

/** Whether a value read from a page is what `searchPhrases` wrote: every message a string. */
export function isSearchPhrases(value: unknown): value is SearchPhrases {
  if (!isRecord(value)) return false;
  const { lang, locale, messages, swedish } = value;
  return (
    isOneOf(SEARCH_LANGUAGES, lang) &&
    typeof locale === 'string' &&
    isRecord(messages) &&
    SEARCH_MESSAGE_IDS.every((id) => typeof messages[id] === 'string') &&
    isList(swedish) &&
    swedish.every((id) => isOneOf(SEARCH_MESSAGE_IDS, id))
  );
}

/** A sentence, and whether it is said in Swedish on a page in another language. */
export interface Sentence {
  text: string;
  swedish: boolean;
}

export interface SearchSentences {
  /** "3 träffar för ”BVC”."; without a query (filters alone): "3 träffar." */
  count(count: number, query?: string): Sentence;
  /** "Inga träffar för ”xyz”."; without a query: "Inga träffar." */
  none(query?: string): Sentence;
  /** No hits in the page's language; how many in each other language. */
  otherLanguages(
    query: string,
    counts: readonly { lang: SearchLanguage; count: number }[],
  ): Sentence;
  /** Beside a hit in another language: "På finska". */
  inLanguage(lang: SearchLanguage): string;
  /** "3 träffar", for a sentence of the page's own (the Swedish page's corrections). */
  hits(count: number): string;
}

export function searchSentences(phrases: SearchPhrases): SearchSentences {
  const { messages, locale } = phrases;
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const sentence = (id: SearchMessageId, values: Record<string, string>): Sentence => ({
    text: fill(messages[id], values),
    swedish: phrases.swedish.includes(id),
  });
  const hits = (count: number) =>
    fill(messages[plural.select(count) === 'one' ? 'search.hits.one' : 'search.hits.other'], {
      count: number.format(count),
    });
  const inLanguage = (lang: SearchLanguage) => messages[inLanguageId(lang)];
  return {
    hits,
    count: (count, query) =>
      query === undefined
        ? sentence('search.countFiltered', { hits: hits(count) })
        : sentence('search.count', { hits: hits(count), query }),
    none: (query) =>
      query === undefined
        ? sentence('search.noneFiltered', {})
        : sentence('search.none', { query }),
    otherLanguages: (query, counts) =>
      sentence('search.otherLanguages', {
        query,
        inLanguage: inLanguage(phrases.lang),
        languages: list.format(
          counts.map((c) =>
            fill(messages['search.languageHits'], {
              hits: hits(c.count),
              inLanguage: inLanguage(c.lang),
            }),
          ),
        ),
      }),
    inLanguage: (lang) => {
      const words = inLanguage(lang);
      return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
    },
  };
}
