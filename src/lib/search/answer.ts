/**
 * What the search answers a query with, in the order a person would want it:
 *   1. the pages with every word that carries meaning (a question's stop words are left out, and
 *      a word with synonyms is any of them); when a page with every word, stop words too, is
 *      missing, the answer says so ("Inga sidor har alla orden …");
 *   2. when a word is on no page in the page's own language: the pages of another language that
 *      has every word ("perhekeskus" on the Swedish search page finds the Finnish pages);
 *   3. when a Swedish word is misspelt and has one clear correction: that correction's pages
 *      ("Visar träffar för familjecentral");
 *   4. when no page has every word that carries meaning: the pages with any of them, those with
 *      the most first ("Inga sidor har alla orden. Sidor med … eller …");
 *   5. the other languages, when every word is on the site but no page in its language has them;
 *   6. nothing, with the closest words of the site as a suggestion ("Menade du …?").
 * Stop words, synonyms and corrections are Swedish: a page in another language searches its own
 * language with the words as written (1, 2, 5 and 6 without a suggestion). The search engine
 * (Pagefind, in the browser) is passed in, so the order is tested without it.
 */
import {
  clearCorrection,
  closestWord,
  isKnown,
  isKnownInOther,
  isWordOrStart,
  type SiteWords,
} from './did-you-mean';
import { isStopWord } from './stop-words';
import { queryParts, variants, type QueryPart, type Synonyms } from './synonyms';
import { tokenize } from './words';

/** The language whose inflection, stop words, synonyms and misspellings the search knows. */
export const SWEDISH = 'sv';

export interface EngineHit<D> {
  /** The same page has the same id in every search. */
  id: string;
  score: number;
  /** What the page shows in a list of results: Pagefind's data() for the hit. */
  data: D;
}

export interface SearchEngine<D> {
  /** The language of the page the search is made from. */
  primary: string;
  /** The site's other languages, tried when the page's own has nothing (asked for only then). */
  others(): Promise<readonly string[]>;
  /** The words of a language's pages (undefined when the list could not be read: every word then counts as known). */
  words(lang: string): Promise<SiteWords | undefined>;
  /** The pages in a language with every word of the query (in any form) and the chosen filters; null: every page. */
  search(lang: string, query: string | null): Promise<EngineHit<D>[]>;
}

export interface Hit<D> extends EngineHit<D> {
  lang: string;
}

/** The words searched for when not every word of the query was on one page. */
export interface PartialMatch {
  /** The words that carry meaning, as typed or corrected, one way of saying each. */
  words: string[];
  /** true: the pages have every one of them; false: any of them, those with the most first. */
  all: boolean;
}

export type Answer<D> =
  | {
      kind: 'hits';
      lang: string;
      hits: Hit<D>[];
      /** Set when a misspelling was corrected: the query searched for instead. */
      corrected?: string;
      /** Set when no page had every word. */
      partial?: PartialMatch;
    }
  | {
      kind: 'other-languages';
      /** Grouped by language, in the order of `languages`. */
      hits: Hit<D>[];
      languages: { lang: string; count: number }[];
    }
  | { kind: 'none'; suggestion?: string };

export interface AnswerOptions {
  /** Search for the words as written, without correcting them ("Sök i stället efter …"). */
  exact?: boolean;
  synonyms?: Synonyms;
}

type Part = QueryPart;

export async function answerQuery<D>(
  query: string,
  engine: SearchEngine<D>,
  { exact = false, synonyms = [] }: AnswerOptions = {},
): Promise<Answer<D>> {
  const lang = engine.primary;
  const words = tokenize(query);
  if (words.length === 0) {
    const hits = await engine.search(lang, null);
    return hits.length ? { kind: 'hits', lang, hits: inLanguage(hits, lang) } : { kind: 'none' };
  }
  const swedish = lang === SWEDISH;
  const own = await engine.words(lang);
  const inList = knownIn(lang, own);
  const partsOf = (w: readonly string[]) => queryParts(w, swedish ? synonyms : []);
  const partKnown = (part: Part) => part.some((way) => way.every(inList));
  /** The parts that carry meaning: all but the stop words, or every part when all are stop words. */
  const meaningful = (parts: Part[]) => {
    const kept = swedish ? parts.filter((part) => !isStopPart(part)) : parts;
    return kept.length ? kept : parts;
  };
  const parts = partsOf(words);
  const core = meaningful(parts);
  const allKnown = core.every(partKnown);
  // A word is known when it is on a page, or when it is said another way that is (tystnadsplikt: sekretess).
  const said = new Set(parts.filter(partKnown).flatMap((part) => part[0]));
  const known = (word: string) => said.has(word) || inList(word);

  /** The pages with every part that carries meaning, saying so when no page has the stop words too. */
  const everyWord = async (all: Part[], corrected?: string): Promise<Answer<D> | undefined> => {
    const needed = meaningful(all);
    const dropped = needed.length < all.length;
    const [hits, whole] = await Promise.all([
      allOf(engine, lang, needed),
      dropped ? allOf(engine, lang, all) : undefined,
    ]);
    if (!hits.length) return undefined;
    const partial = whole?.length === 0 ? { words: needed.map(written), all: true } : undefined;
    return { kind: 'hits', lang, hits, corrected, partial };
  };

  // 1. Every word that carries meaning, on one page.
  if (allKnown) {
    const found = await everyWord(parts);
    if (found) return found;
  } else {
    // 2. A word on no page here: a language with every word.
    const other = await otherLanguages(engine, words);
    if (other) return other;
  }
  if (!swedish || !own)
    return allKnown
      ? ((await otherLanguages(engine, words)) ?? { kind: 'none' })
      : { kind: 'none' };

  // 3. One clear correction for each misspelt word that carries meaning (an unknown stop word is left out).
  let searched = parts;
  let corrected: string | undefined;
  if (!allKnown && !exact) {
    const fixes = words.map((w) =>
      known(w) ? w : isStopWord(w) ? null : (clearCorrection(w, own) ?? undefined),
    );
    if (fixes.every((f) => f !== undefined) && fixes.some((f, i) => f !== null && f !== words[i])) {
      const fixed = fixes.filter((f): f is string => f !== null);
      corrected = asTyped(query, fixes);
      searched = partsOf(fixed);
      const found = await everyWord(searched, corrected);
      if (found) return found;
    }
  }

  // 4. The pages with any word that carries meaning, those with the most of them first.
  const usable = meaningful(searched).filter(partKnown);
  if (usable.length > 1 || (usable.length === 1 && searched.length > 1)) {
    const hits = await anyOf(engine, lang, usable);
    if (hits.length)
      return {
        kind: 'hits',
        lang,
        hits,
        corrected,
        partial: { words: usable.map(written), all: usable.length === 1 },
      };
  }

  // 5. Every word on the site, but not on one page: another language may have them.
  if (allKnown) {
    const other = await otherLanguages(engine, words);
    if (other) return other;
  }

  // 6. Nothing: the closest words, when every unknown word has one.
  const guesses = words.map((w) => (known(w) ? w : closestWord(w, own)));
  return guesses.every((g) => g !== undefined) && !allKnown
    ? { kind: 'none', suggestion: guesses.join(' ') }
    : { kind: 'none' };
}

/**
 * The corrected query as the visitor would have written it: each word kept as typed, a corrected
 * word with a capital when the typed one had one ("Smedjebaken": "Smedjebacken"), a left-out word
 * (null) gone.
 */
function asTyped(query: string, fixes: readonly (string | null)[]): string {
  const typed = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return fixes
    .flatMap((fix, i) => {
      if (fix === null) return [];
      const word = typed[i] ?? fix;
      if (word.toLowerCase() === fix) return [word];
      const initial = word.slice(0, 1);
      return [
        initial === initial.toLowerCase() ? fix : fix.slice(0, 1).toUpperCase() + fix.slice(1),
      ];
    })
    .join(' ');
}

/** A part that is one stop word, with no other way of saying it. */
const isStopPart = ([words, ...others]: Part) =>
  others.length === 0 && words.length === 1 && words.every(isStopWord);

/** A part as the query has it (typed or corrected). */
const written = (part: Part) => part[0].join(' ');

/** Whether a word is on the pages of a language, by its list of words (Swedish with its inflection). */
function knownIn(lang: string, words: SiteWords | undefined): (word: string) => boolean {
  if (!words) return () => true;
  return lang === SWEDISH ? (w) => isKnown(w, words) : (w) => isKnownInOther(w, words);
}

/**
 * Whether a word is on the pages of a language other than the page's, strictly: as typed, or as
 * the start of a word (the visitor is still typing). A Swedish misspelling ("familjecentralr")
 * must not find the Finnish pages, which have the Swedish word "familjecentral" in brackets.
 * Swedish, whose inflection the search knows, is checked with it.
 */
function knownAsTyped(lang: string, words: SiteWords | undefined): (word: string) => boolean {
  if (!words) return () => true;
  return lang === SWEDISH ? (w) => isKnown(w, words) : (w) => isWordOrStart(w, words);
}

const inLanguage = <D>(hits: EngineHit<D>[], lang: string): Hit<D>[] =>
  hits.map((h) => ({ ...h, lang }));

/**
 * Scores of one search made comparable with another's: the best page 1, the others in proportion.
 * Pagefind scores a rare word higher than a common one, so without this a synonym that few pages
 * use would push aside the pages with the word as typed.
 */
function relative<D>(hits: readonly EngineHit<D>[]): EngineHit<D>[] {
  const top = Math.max(...hits.map((h) => h.score));
  return hits.map((h) => ({ ...h, score: top > 0 ? h.score / top : 0 }));
}

/**
 * Best score first; equal scores by the page's id. Scores added up in another order differ in
 * their last digits (a + b + c is not always c + b + a), so they are compared to nine places:
 * two pages that score the same for every word of a synonym group keep one order, whichever word
 * was typed.
 */
const byScore = (a: { id: string; score: number }, b: { id: string; score: number }) =>
  Math.round(b.score * 1e9) - Math.round(a.score * 1e9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each page once, its scores in the searches added up, best first. */
function joined<D>(searches: readonly (readonly EngineHit<D>[])[]): EngineHit<D>[] {
  const pages = new Map<string, EngineHit<D>>();
  for (const hits of searches)
    for (const hit of relative(hits)) {
      const seen = pages.get(hit.id);
      pages.set(hit.id, seen ? { ...seen, score: seen.score + hit.score } : hit);
    }
  return [...pages.values()].sort(byScore);
}

/**
 * The pages with every part, in one of its ways: a search per way of saying the query, joined.
 * A page that has the thing under several of its names (BVC, barnhälsovård) ranks above one that
 * has one of them, and every word of a group gives the same order.
 */
async function allOf<D>(engine: SearchEngine<D>, lang: string, parts: Part[]): Promise<Hit<D>[]> {
  const found = await Promise.all(variants(parts).map((q) => engine.search(lang, q)));
  return inLanguage(joined(found), lang);
}

/** The pages with any of the parts: those with the most parts first, then by their scores together. */
async function anyOf<D>(engine: SearchEngine<D>, lang: string, parts: Part[]): Promise<Hit<D>[]> {
  const found = await Promise.all(parts.map((part) => allOf(engine, lang, [part])));
  const count = new Map<string, number>();
  for (const hits of found) for (const hit of hits) count.set(hit.id, (count.get(hit.id) ?? 0) + 1);
  const sum = joined(found);
  return inLanguage(
    sum.sort((a, b) => (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) || byScore(a, b)),
    lang,
  );
}

/** The other languages' pages with every word, each language whose pages have every word. */
async function otherLanguages<D>(
  engine: SearchEngine<D>,
  words: string[],
): Promise<Answer<D> | undefined> {
  const found = await Promise.all(
    (await engine.others()).map(async (lang) => {
      const known = knownAsTyped(lang, await engine.words(lang));
      if (!words.every(known)) return { lang, hits: [] };
      return { lang, hits: inLanguage(await engine.search(lang, words.join(' ')), lang) };
    }),
  );
  const languages = found.filter((f) => f.hits.length > 0);
  return languages.length
    ? {
        kind: 'other-languages',
        hits: languages.flatMap((f) => f.hits),
        languages: languages.map((f) => ({ lang: f.lang, count: f.hits.length })),
      }
    : undefined;
}
