/**
 * The pages that cite a source, as its entry in the list of sources shows them
 * (SourceEntry.astro). A source that many centres cite counts them instead, so the list stays
 * small however many centres there are. Pure.
 */
import type { SiteContent } from '../content/site-content';
import { citingPages, type IndexedPage } from './pages';

/** Above this many centres, a source's entry counts the centres that cite it instead of listing them. */
export const LISTED_CENTRES = 20;

export interface CitedBy {
  /** Every page that cites the source. */
  total: number;
  /** The pages listed by name. */
  listed: IndexedPage[];
  /** Centres counted instead of listed (0 when they are listed). */
  countedCentres: number;
}

export function citedBy(site: SiteContent, id: string): CitedBy {
  const pages = citingPages(site).get(id) ?? [];
  const centres = pages.filter((p) => p.type === 'Familjecentral');
  const counted = centres.length > LISTED_CENTRES;
  return {
    total: pages.length,
    listed: counted ? pages.filter((p) => p.type !== 'Familjecentral') : pages,
    countedCentres: counted ? centres.length : 0,
  };
}
