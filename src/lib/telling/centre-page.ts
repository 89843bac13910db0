/**
 * What a centre's page shows beside the view itself, in any language: the sources of every fact
 * it shows (the centre's own, the box's sentences, and the kommun's number or the BVC sentence
 * where the page falls back on them), the breadcrumbs, and the calendar feed's addresses. The
 * Swedish page and the translated pages both take this, so they show the same facts.
 */
import { siteConfig } from '../content/site-config';
import type { CentreEntry, SiteContent } from '../content/query';
import { lanFullName, kommunName } from '../format';
import { href, routes } from '../paths';
import { slugify } from '../slug';
import type { SourceRef } from '../source-view';
import { centreSources, centreViewOf, findBvc } from '../register/views';
import { OUTSIDE_REGION_WEIGHT } from '../search/types';

const unique = (sources: readonly SourceRef[]) => [
  ...new Map(sources.map((s) => [s.id, s])).values(),
];

/**
 * The feed's link on the site, the address a person copies and the webcal:// address to subscribe
 * to. A preview build knows no address of its own, so it gives the path and the page's script
 * (week-today.ts) writes the address the page was opened at: no person sees localhost.
 */
export function feedAddresses(path: string, origin: URL | undefined) {
  const link = href(path);
  if (siteConfig.site.preview || !origin) return { href: link, url: link, webcal: link };
  const url = new URL(link, origin).href;
  return { href: link, url, webcal: url.replace(/^https?:/, 'webcal:') };
}

export function centrePage(site: SiteContent, centre: CentreEntry, origin: URL | undefined) {
  const view = centreViewOf(site, centre);
  const bvc = findBvc(site);
  const next = view.contact.next;
  const fallback = next
    ? [(next.phone ?? next.web)?.source].filter((s): s is SourceRef => s !== undefined)
    : view.contact.noPhone && bvc
      ? bvc.sources
      : [];
  const lanSlug = slugify(view.kommun.lanName);
  const crumbs = view.inRegion
    ? [{ label: 'Hitta familjecentral', path: routes.centres() }, { label: view.name }]
    : [
        { label: 'Hitta familjecentral', path: routes.centres() },
        { label: lanFullName(view.kommun.lanName), path: routes.centresInLan(lanSlug) },
        {
          label: view.kommun.name,
          path: routes.centresInKommun(lanSlug, slugify(view.kommun.name)),
        },
        { label: view.name },
      ];
  return {
    view,
    bvc: view.contact.noPhone ? bvc : undefined,
    kommun: kommunName(view.kommun.name),
    kommunPath: view.kommun.slug ? routes.kommun(view.kommun.slug) : undefined,
    pageSources: unique([...centreSources(site, centre), ...view.box.textSources, ...fallback]),
    crumbs,
    /** The page's words in the search: an example from outside the region weighs less. */
    searchWeight: view.inRegion ? undefined : OUTSIDE_REGION_WEIGHT,
    feed: view.week ? feedAddresses(routes.centreCalendar(centre.id), origin) : undefined,
  };
}
