/**
 * The search index's filters, by what they hold: each page declares its values under these names
 * (BaseLayout), the search page's form names its fields so (sok.astro), and the search script
 * reads them from the form and the address (/sok/?typ=Ordlista&målgrupp=Personal).
 */
export const SEARCH_FILTERS = { type: 'typ', kommun: 'kommun', audience: 'målgrupp' } as const;
export const SEARCH_FILTER_NAMES: readonly string[] = Object.values(SEARCH_FILTERS);

/**
 * The kinds of page the search filters by (SEARCH_FILTERS.type): one list, so a page, the A–Ö index
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

/**
 * How much a page's words weigh in the search (Pagefind's data-pagefind-weight, 1 for most pages):
 * a centre outside the region is an example for those who start one, while a parent who searches
 * for "BVC" looks for a centre in their own kommun, so the examples' words weigh a fifth and they
 * come after the region's centres and chapters that say the same.
 */
export const OUTSIDE_REGION_WEIGHT = 0.2;
