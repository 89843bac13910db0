/** Longest <title> we emit; longer titles get cut off in tabs and search results. */
export const MAX_TITLE_LENGTH = 70;

/**
 * The document title: "Page – Site", or the page title alone when the pair
 * would be too long to read in a browser tab. The home page carries the site name only.
 */
export function pageTitle(title: string, siteName: string, isHome = false): string {
  if (isHome) return siteName;
  const full = `${title} – ${siteName}`;
  return full.length <= MAX_TITLE_LENGTH ? full : title;
}
