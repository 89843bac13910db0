/**
 * Lists kept from growing into one heavy page: the A–Ö index of pages and the list of sources.
 * While every entry fits on one page, the list's own page holds them all; beyond that, each
 * initial letter has a page, and a letter with more entries than one page holds is split into
 * parts, each named by its first and last title (as a dictionary's guide words). Pure; the
 * entries come sorted.
 */
import { routes } from '../paths';

/** At most this many pages on one page of the A–Ö index (about 7 kB gzipped of list at most). */
export const INDEX_PAGE_SIZE = 250;
/**
 * At most this many sources on one page of the list of sources: each with its title, who
 * published it and when, a note and the pages that cite it, about 10 kB gzipped at most.
 */
export const SOURCE_PAGE_SIZE = 25;

const SWEDISH_LETTERS: Record<string, string> = { Å: 'aa', Ä: 'ae', Ö: 'oe' };

/** The letter a title is filed under, and that letter's address slug: "Älvdalens kommun" → Ä, "ae". */
export function indexLetter(title: string): { letter: string; slug: string } {
  const first = /[\p{L}\p{N}]/u.exec(title)?.[0]?.toUpperCase() ?? '';
  const swedish = SWEDISH_LETTERS[first];
  if (swedish) return { letter: first, slug: swedish };
  if (/\p{N}/u.test(first)) return { letter: '0–9', slug: '0-9' };
  // É is filed under E, as Swedish sorts it.
  const plain = first.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/^[A-Z]$/.test(plain)) return { letter: plain, slug: plain.toLowerCase() };
  return { letter: 'Övrigt', slug: 'ovrigt' };
}

/** Whether a list needs a page per letter: it does once its entries no longer fit on one page. */
export function indexIsSplit(pages: readonly unknown[], size = INDEX_PAGE_SIZE): boolean {
  return pages.length > size;
}

export interface IndexPart<T> {
  letter: string;
  slug: string;
  /** 1 for the first (or only) part of a letter. */
  part: number;
  /** How many parts the letter has. */
  parts: number;
  path: string;
  entries: T[];
}

/** A part's guide words: its first and last title, "Testcentral 1 – Testcentral 241". */
export function guideWords(part: { entries: readonly { title: string }[] }): string {
  const first = part.entries[0]?.title ?? '';
  const last = part.entries[part.entries.length - 1]?.title ?? '';
  return first === last ? first : `${first} – ${last}`;
}

/**
 * A list's pages: each letter's entries, in the order given, in even parts of at most `size`,
 * at the addresses `path` gives (the A–Ö index's by default).
 */
export function indexParts<T extends { title: string }>(
  sorted: readonly T[],
  size = INDEX_PAGE_SIZE,
  path: (slug: string, part: number) => string = routes.indexLetter,
): IndexPart<T>[] {
  const letters = new Map<string, { letter: string; entries: T[] }>();
  for (const entry of sorted) {
    const { letter, slug } = indexLetter(entry.title);
    const group = letters.get(slug) ?? { letter, entries: [] };
    group.entries.push(entry);
    letters.set(slug, group);
  }
  return [...letters].flatMap(([slug, { letter, entries }]) => {
    const parts = Math.ceil(entries.length / size);
    // Parts of even length: 251 entries are two parts of 126 and 125, not 250 and 1.
    const length = Math.ceil(entries.length / parts);
    return Array.from({ length: parts }, (_, i) => ({
      letter,
      slug,
      part: i + 1,
      parts,
      path: path(slug, i + 1),
      entries: entries.slice(i * length, (i + 1) * length),
    }));
  });
}
