/**
 * Every internal address goes through here, so the site works under a base path
 * (BASE_PATH=/familjecentraler/) as well as at the root.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${withSlash}`;
}

/** An internal address under the configured base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const routes = {
  home: () => '/',
  start: () => '/starta/',
  checklist: () => '/starta/checklista/',
  selfAssessment: () => '/starta/sjalvskattning/',
  templates: () => '/mallar/',
  template: (id: string) => `/mallar/${id}/`,
  /** The Word version of a template, generated from the same text at build time. */
  templateDocx: (id: string) => `/mallar/${id}.docx`,
  guidance: () => '/vagledning/',
  chapter: (id: string) => `/vagledning/${id}/`,
  print: () => '/vagledning/utskrift/',
  centres: () => '/familjecentraler/',
  centre: (id: string) => `/familjecentraler/${id}/`,
  /** A centre's week as a calendar feed (iCalendar). */
  centreCalendar: (id: string) => `/familjecentraler/${id}/kalender.ics`,
  /** Centres in a län outside the region, by kommun. */
  centresInLan: (lan: string) => `/familjecentraler/lan/${lan}/`,
  /** Centres in a kommun outside the region. */
  centresInKommun: (lan: string, kommun: string) => `/familjecentraler/lan/${lan}/${kommun}/`,
  kommuner: () => '/kommuner/',
  kommun: (slug: string) => `/kommuner/${slug}/`,
  goals: () => '/mal-och-strategi/',
  strategy: (id: string) => `/mal-och-strategi/${id}/`,
  search: () => '/sok/',
  /** The search page in a translation language, its fixed words in that language: /fi/sok/. */
  searchIn: (lang: string) => `/${lang}/sok/`,
  index: () => '/a-o/',
  /** A letter's page of the A–Ö index (src/lib/content/alphabet.ts); a long letter's later parts: /a-o/t/2/. */
  indexLetter: (slug: string, part = 1) => (part === 1 ? `/a-o/${slug}/` : `/a-o/${slug}/${part}/`),
  glossary: () => '/ordlista/',
  term: (id: string) => `/ordlista/#${id}`,
  sources: () => '/kallor/',
  /**
   * A letter's page of the list of sources, once the sources no longer fit on /kallor/
   * (content/alphabet.ts); a long letter's later parts: /kallor/s/2/. A source's own address is
   * its reference's `path` (content/query.ts source()), /kallor/s/#<id> or /kallor/#<id>.
   */
  sourceLetter: (slug: string, part = 1) =>
    part === 1 ? `/kallor/${slug}/` : `/kallor/${slug}/${part}/`,
  news: () => '/aktuellt/',
  /** A text in easy Swedish. */
  easyRead: (id: string) => `/lattlast/${id}/`,
  /** A translation, by its id ("en/vad-ar-en-familjecentral"): /en/vad-ar-en-familjecentral/. */
  translation: (id: string) => `/${id}/`,
  /** A centre's page for parents in another language: /en/familjecentraler/orsa/. */
  translatedCentre: (lang: string, id: string) => `/${lang}/familjecentraler/${id}/`,
  /** The start page for parents in another language: /en/. */
  translatedStart: (lang: string) => `/${lang}/`,
  /** A kommun's page for parents in another language: /en/kommuner/ludvika/. */
  translatedKommun: (lang: string, slug: string) => `/${lang}/kommuner/${slug}/`,
  about: () => '/om/',
  accessibility: () => '/tillganglighet/',
  openData: () => '/data/',
  /** The county's follow-up of the centres, year by year. */
  followUp: () => '/uppfoljning/',
  /** The editor (Sveltia CMS), for editors only. */
  editor: () => '/redaktion/',
  /** The guide for editors (src/pages/redaktion/hjalp.astro). */
  editorHelp: () => '/redaktion/hjalp/',
  /** An entry in the editor, or a collection's list when no entry is given. */
  editorEntry: (collection: string, entry?: string) =>
    `/redaktion/#/collections/${collection}${entry ? `/entries/${entry}` : ''}`,
  /** Entries whose review is due, for editors. */
  reviewDue: () => '/redaktion/granskning/',
} as const;

/** Files the site publishes besides pages (see src/pages/data/ and sitemap.xml.ts). */
export const downloads = {
  centresJson: '/data/familjecentraler.json',
  centresCsv: '/data/familjecentraler.csv',
  kommunerJson: '/data/kommuner.json',
  sitemap: '/sitemap.xml',
  /** Aktuellt as an RSS feed. */
  newsFeed: '/aktuellt/rss.xml',
  followUpJson: '/data/uppfoljning.json',
  followUpCsv: '/data/uppfoljning.csv',
  followUpSummaryJson: '/data/uppfoljning-sammanstallning.json',
  followUpSummaryCsv: '/data/uppfoljning-sammanstallning.csv',
  /** Every centre's week in one calendar feed (iCalendar). */
  calendar: '/kalender.ics',
} as const;
