/**
 * What the search knows before it asks Pagefind: whether each word of a query is on some page of
 * the site, and for a word that is not, the site's closest word: one clear correction, which the
 * search shows the results of at once ("Visar träffar för …"), or a guess it only offers
 * ("Menade du …?"). Pagefind matches the last word as a prefix and falls back to shorter and
 * shorter parts of a word it does not know, so a word on no page would otherwise give hits on its
 * first two letters.
 */
import { editDistance } from '../suggest';
import { commonPrefix, sameWord } from './inflection';
import { tokenize } from './words';

export interface SiteWords {
  /** Every word, for prefix and inflection checks. */
  words: readonly string[];
  /** How often each word occurs: the commoner of two equally close words is suggested. */
  counts: ReadonlyMap<string, number>;
}

export function siteWords(list: readonly (readonly [string, number])[]): SiteWords {
  return { words: list.map(([w]) => w), counts: new Map(list) };
}

/** A list of words as the build writes it (sok/ord.json: [word, count] pairs), or undefined for anything else. */
export function readWordList(json: unknown): SiteWords | undefined {
  const isPair = (p: unknown): p is [string, number] =>
    Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'number';
  return Array.isArray(json) && json.every(isPair) ? siteWords(json) : undefined;
}

/**
 * Whether a word is on the Swedish pages: a site word starts with it (the visitor is still
 * typing) or is an inflection of it.
 */
export function isKnown(word: string, site: SiteWords): boolean {
  if (site.counts.has(word)) return true;
  return site.words.some((w) => w.startsWith(word) || sameWord(word, w));
}

/** Whether a word is on some page as it is, or as the start of a word (the visitor is still typing). */
export function isWordOrStart(word: string, site: SiteWords): boolean {
  return site.counts.has(word) || site.words.some((w) => w.startsWith(word));
}

/**
 * Whether a word is on the pages of a language whose inflection the search does not know
 * (Finnish, English, Arabic): a site word starts with it (the visitor is still typing), or the
 * two share a beginning of at least four letters that is three fifths of each
 * (perhekeskukseen, perhekeskus; not family, familjecentral).
 */
export function isKnownInOther(word: string, site: SiteWords): boolean {
  if (site.counts.has(word)) return true;
  return site.words.some((w) => {
    if (w.startsWith(word)) return true;
    const p = commonPrefix(word, w);
    return p >= 4 && p >= word.length * 0.6 && p >= w.length * 0.6;
  });
}

/** The site's words at the least edit distance from a word that is not on the site, within reach. */
function nearest(word: string, site: SiteWords): { words: string[]; distance: number } {
  if (word.length < 4 || /^\d+$/.test(word)) return { words: [], distance: Infinity };
  const allowed = word.length <= 5 ? 1 : 2;
  let best: string[] = [];
  let distance = Infinity;
  for (const w of site.words) {
    if (w.length < 3 || Math.abs(w.length - word.length) > allowed) continue;
    const d = editDistance(word, w);
    if (d > allowed || d > distance) continue;
    if (d < distance) [best, distance] = [[], d];
    best.push(w);
  }
  return { words: best, distance };
}

const commoner = (site: SiteWords) => (a: string, b: string) =>
  (site.counts.get(b) ?? 0) - (site.counts.get(a) ?? 0);

/** The site's word closest to one that is not on the site (the commoner of equals), or undefined when none is close. */
export function closestWord(word: string, site: SiteWords): string | undefined {
  return nearest(word, site).words.sort(commoner(site))[0];
}

/**
 * The one word a misspelling stands for: the site's closest word, when every word as close is a
 * form of it (famljecentral: familjecentral). Undefined when two different words are as close
 * (the search then only asks "Menade du …?") or none is.
 */
export function clearCorrection(word: string, site: SiteWords): string | undefined {
  const [first, ...rest] = nearest(word, site).words.sort(commoner(site));
  return first !== undefined && rest.every((w) => sameWord(w, first)) ? first : undefined;
}

export interface QueryCheck {
  /** The query's words that are on no page. */
  unknown: string[];
  /** The query with each unknown word replaced by the closest site word, when every unknown word has one. */
  suggestion?: string;
}

export function checkQuery(query: string, site: SiteWords): QueryCheck {
  const words = tokenize(query);
  const unknown = words.filter((w) => !isKnown(w, site));
  if (unknown.length === 0) return { unknown };
  const replacements = new Map(unknown.map((w) => [w, closestWord(w, site)]));
  if ([...replacements.values()].some((r) => r === undefined)) return { unknown };
  return { unknown, suggestion: words.map((w) => replacements.get(w) ?? w).join(' ') };
}
