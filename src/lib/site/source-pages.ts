/**
 * What a source's own page (/kallor/<id>/) lists: the pages that cite it. A source that many
 * centres cite counts them instead, so the page stays small however many centres there are. Pure.
 */
import type { SiteContent } from '../content/site-content';
import { citingPages, type IndexedPage } from './pages';

/** Above this many centres, a source's page counts the centres that cite it instead of listing them. */
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
