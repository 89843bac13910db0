/**
 * The page type of an address: its first path segment, and whether it is that section's index or
 * one of its entries ("/familjecentraler/orsa/" → "familjecentraler/*"). Pages of one type share a
 * template, so their layout, weight and colours differ only by content. Used by the site tests and
 * the bench. The named pages come from the site's own addresses (src/lib/paths.ts).
 */
import { routes } from '../../src/lib/paths.ts';

const segments = (path: string) => path.split('/').filter(Boolean);

/** Pages of their own under a section: every fixed address two segments deep (/vagledning/utskrift/). */
const NAMED = new Set(
  Object.values(routes)
    .filter((route): route is () => string => route.length === 0)
    .map((route) => segments(route()))
    .filter((parts) => parts.length === 2)
    .map((parts) => parts.join('/')),
);
/** The directory's part for other län: /familjecentraler/lan/<län>/<kommun>/. */
const [DIRECTORY, LAN] = segments(routes.centresInLan('20'));

export function pageType(url: string): string {
  const parts = segments(url);
  const [first = '/'] = parts;
  if (parts.length <= 1) return first;
  if (NAMED.has(parts.slice(0, 2).join('/'))) return parts.slice(0, 2).join('/');
  if (parts[0] === DIRECTORY && parts[1] === LAN)
    return parts.length === 3 ? `${DIRECTORY}/${LAN}/*` : `${DIRECTORY}/${LAN}/*/*`;
  return `${parts[0]}/*`;
}
