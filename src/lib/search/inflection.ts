/**
 * Swedish inflection, as far as the search needs it: two words that differ only in their endings
 * (familjecentral, familjecentralen, familjecentralerna) are the same word. Used to tell a word on
 * the site from one that is not (did-you-mean.ts), to tell two corrections apart from one
 * (one word in two forms is one correction), and to find a query's words in the synonym list.
 */

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

/** The length of the beginning two words share. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether two lower-case words are forms of one Swedish word: equal, or alike in at least their
 * first four letters and different only in inflection endings.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const p = commonPrefix(a, b);
  return p >= 4 && ENDINGS.has(a.slice(p)) && ENDINGS.has(b.slice(p));
}
