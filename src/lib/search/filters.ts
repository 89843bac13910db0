/**
 * The search page's filters, drawn on the server so the page does not move when the search
 * starts: the page types, kommuner and audiences that pages declare to the search index
 * (BaseLayout's `search` prop). tests/e2e/search.test.ts checks them against Pagefind's own list.
 */
import { indexBy, type SiteContent } from '../content/query';
import { compareSv } from '../format';
import { AUDIENCES, AUDIENCE_LABELS, type Audience } from '../../schemas/common';
import type { SearchType } from './types';

export interface SearchFilterOptions {
  types: string[];
  kommuner: string[];
  audiences: string[];
}

/** Audiences that pages outside the vägledning's chapters declare (the start pages, templates). */
export const PAGE_AUDIENCES: readonly Audience[] = ['ny-kommun', 'personal'];

/** The options, from the site and its pages (site/pages.ts `siteIndex`), each kind of page once. */
export function searchFilterOptions(
  site: SiteContent,
  pages: readonly { type: SearchType }[],
): SearchFilterOptions {
  const kommun = indexBy(site.kommuner, (k) => k.id);
  const unique = (values: string[]) => [...new Set(values)].sort(compareSv);
  const audiences = new Set<Audience>([
    ...PAGE_AUDIENCES,
    ...site.guidance.flatMap((c) => c.data.audiences),
  ]);
  return {
    types: unique(pages.map((p) => p.type)),
    kommuner: unique([
      ...site.regionKommuner.map((k) => k.data.name),
      ...site.centres.map((c) => kommun(c.data.kommun.id).data.name),
    ]),
    audiences: AUDIENCES.filter((a) => audiences.has(a)).map((a) => AUDIENCE_LABELS[a]),
  };
}
