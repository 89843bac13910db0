/**
 * The kinds of page the search filters by ("typ" in the index): one list, so a page, the A–Ö index
 * and the search page's filters use the same words and a misspelt kind is a type error, not a new
 * filter. Pages in another language use the kind of their Swedish page (their index is their own).
 */
export const SEARCH_TYPES = [
  'Startsida',
  'Vägledning',
  'Familjecentral',
  'Kommun',
  'Mål och strategi',
  'Mall',
  'Ordlista',
  'Lättläst',
  'Aktuellt',
  'Om webbplatsen',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
