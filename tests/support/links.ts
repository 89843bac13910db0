/** Resolution of internal links in the built site, shared by the link check and its own tests. */
import type { BuiltPage } from './dist';

export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

/** Link texts that do not say where a link goes (WCAG 2.4.4). */
const VAGUE_LINK_TEXT = /^(klicka här|här|läs mer|mer|länk|click here|read more)\.?$/i;

export function isVagueLinkText(text: string): boolean {
  return VAGUE_LINK_TEXT.test(text.trim());
}

/**
 * Checks every internal link and #anchor of every page against the pages themselves.
 * `base` is the path the site is built under ("/" or "/familjecentraler/"); `files` are other
 * built files (data downloads, documents) that links may point to; `apps` are addresses of
 * single-page applications (the editor, /redaktion/), whose #/… is the app's own route.
 */
export function findBrokenLinks(
  pages: readonly BuiltPage[],
  base: string,
  files: ReadonlySet<string> = new Set(),
  apps: ReadonlySet<string> = new Set(),
): BrokenLink[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (p: BuiltPage) => {
    if (!ids.has(p.url)) ids.set(p.url, new Set(p.root.querySelectorAll('[id]').map((e) => e.id)));
    return ids.get(p.url)!;
  };
  const broken: BrokenLink[] = [];
  for (const p of pages) {
    for (const a of p.root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const resolved = new URL(href, `http://site${base}${p.url.slice(1)}`);
      const path = resolved.pathname;
      if (!path.startsWith(base)) {
        broken.push({ from: p.url, href, reason: `outside the base path ${base}` });
        continue;
      }
      const local = `/${path.slice(base.length)}`;
      if (apps.has(local) && (resolved.hash === '' || resolved.hash.startsWith('#/'))) continue;
      const target = byUrl.get(local);
      if (!target) {
        if (!files.has(local))
          broken.push({ from: p.url, href, reason: 'no page or file at that address' });
        continue;
      }
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      if (anchor && !idsOf(target).has(anchor))
        broken.push({ from: p.url, href, reason: `no element with id "${anchor}"` });
    }
  }
  return broken;
}
