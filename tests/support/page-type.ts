/**
 * The page type of an address: its first path segment, and whether it is that section's index or
 * one of its entries ("/familjecentraler/orsa/" → "familjecentraler/*"). Pages of one type share a
 * template, so their layout, weight and colours differ only by content. Used by the site tests and
 * the bench; no imports, so Node scripts can load it.
 */
export function pageType(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  if (parts.length === 1) return parts[0];
  // Named pages under a section (/vagledning/utskrift/, /starta/checklista/) are their own type.
  if (['utskrift', 'checklista', 'sjalvskattning', 'granskning'].includes(parts[1]))
    return parts.join('/');
  // The directory's pages for other län and their kommuner.
  if (parts[1] === 'lan')
    return parts.length === 3 ? 'familjecentraler/lan/*' : 'familjecentraler/lan/*/*';
  return `${parts[0]}/*`;
}
