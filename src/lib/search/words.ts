/**
 * The words of the site, as the search index holds them: what a query's words are checked
 * against before Pagefind is asked (did-you-mean.ts). Written at build time from the indexed text
 * of every page (scripts/index-search.ts) to /sok/ord.json. No imports, so the build script can
 * load this file as it is.
 */

/** The words of a text, in lower case: letters and digits, hyphenated words split. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Each word of the texts with how often it occurs, most frequent first, then alphabetically. */
export function countWords(texts: Iterable<string>): [word: string, count: number][] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * The file, under /sok/, that holds the words of the pages in one language: Swedish in ord.json
 * (as before there were other languages), another language in ord.<lang>.json.
 */
export function wordListFile(lang: string): string {
  return lang === 'sv' ? 'ord.json' : `ord.${lang}.json`;
}
