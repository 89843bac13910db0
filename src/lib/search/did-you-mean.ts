/**
 * What the search says before it asks Pagefind: whether each word of a query is on some page of
 * the site, and for a word that is not, the site's closest word ("Menade du …?"). Pagefind
 * matches the last word as a prefix and falls back to shorter and shorter parts of a word it does
 * not know, so a word on no page would otherwise give hits on its first two letters.
 */
import { editDistance } from '../suggest';
import { tokenize } from './words';

/** Endings of Swedish inflection: two words that differ only in these are the same word. */
const ENDINGS = new Set([
  '',
  'a',
  'e',
  'n',
  's',
  't',
  'r',
  'en',
  'et',
  'er',
  'ar',
  'or',
  'na',
  'ns',
  'ts',
  'es',
  'ens',
  'ets',
  'ers',
  'ars',
  'ors',
  'are',
  'ande',
  'ende',
  'erna',
  'arna',
  'orna',
  'ernas',
  'arnas',
  'ornas',
  'ena',
  'enas',
  'iga',
  'igt',
  'ig',
]);

export interface SiteWords {
  /** Every word, for prefix and inflection checks. */
  words: readonly string[];
  /** How often each word occurs: the commoner of two equally close words is suggested. */
  counts: ReadonlyMap<string, number>;
}

export function siteWords(list: readonly (readonly [string, number])[]): SiteWords {
  return { words: list.map(([w]) => w), counts: new Map(list) };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** A word is on the site when a site word starts with it (the visitor is still typing) or is an inflection of it. */
export function isKnown(word: string, site: SiteWords): boolean {
  if (site.counts.has(word)) return true;
  return site.words.some((w) => {
    if (w.startsWith(word)) return true;
    const p = commonPrefix(word, w);
    return p >= 4 && ENDINGS.has(word.slice(p)) && ENDINGS.has(w.slice(p));
  });
}

/** The site's word closest to one that is not on the site, or undefined when none is close. */
export function closestWord(word: string, site: SiteWords): string | undefined {
  if (word.length < 4 || /^\d+$/.test(word)) return undefined;
  const allowed = word.length <= 5 ? 1 : 2;
  let best: { w: string; d: number; n: number } | undefined;
  for (const w of site.words) {
    if (w.length < 3 || Math.abs(w.length - word.length) > allowed) continue;
    const d = editDistance(word, w);
    if (d > allowed) continue;
    const n = site.counts.get(w) ?? 0;
    if (!best || d < best.d || (d === best.d && n > best.n)) best = { w, d, n };
  }
  return best?.w;
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
