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

/** A title cut at a word to at most `max` characters, with "…" where it was cut. */
export function shortTitle(title: string, max = MAX_TITLE_LENGTH): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const word = cut.lastIndexOf(' ');
  return `${(word > max / 2 ? cut.slice(0, word) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
