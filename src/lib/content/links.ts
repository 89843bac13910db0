/**
 * Internal links written in content ([text](/vagledning/…/), reference-style [text][x] with
 * [x]: /…/, or <a href="/…">) are checked against the site's own addresses before anything is
 * built, so a mistyped address stops the build naming the file and line instead of publishing a
 * dead link. Links are read from the body's one parsed tree (mdx-tree.ts). In .md files as in
 * .mdx they follow the base path (markdown-links.ts, ContentLink.astro); <a href> is refused in
 * .md (markdown-only.ts).
 */
import type { ContentProblem } from './problem';
import { linksOf, type ParsedBody } from './mdx-tree';
import { closest } from '../suggest';

/** A content body as the checks read it. */
export interface CheckedBody {
  /** The file, as the editor knows it: src/content/guidance/vardegrund.mdx. */
  file: string;
  parsed: ParsedBody;
}

export interface SiteAddresses {
  /** Every page path ("/vagledning/vardegrund/"). */
  pages: readonly string[];
  /** Fragment addresses that are checked in full ("/ordlista/#bvc", "/kallor/#scb"). */
  anchors: readonly string[];
  /** Downloadable files ("/data/familjecentraler.csv"). */
  files: readonly string[];
}

/** Whether an address points into this site rather than elsewhere or within the page. */
function isInternal(href: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href);
}

export function checkContentLinks(
  bodies: readonly CheckedBody[],
  site: SiteAddresses,
): ContentProblem[] {
  const pages = new Set([...site.pages, ...site.files]);
  const anchors = new Set(site.anchors);
  const anchoredPages = new Set(site.anchors.map((a) => a.split('#')[0]));
  const problems: ContentProblem[] = [];
  for (const { file, parsed } of bodies) {
    for (const { href, line } of linksOf(parsed)) {
      if (!isInternal(href)) continue;
      const problem = (received: string, expected: string) =>
        problems.push({ file, field: `(body), line ${line}`, received, expected });
      if (!href.startsWith('/')) {
        problem(
          `a link to "${href}"`,
          'an address that starts with "/", for example /vagledning/vardegrund/',
        );
        continue;
      }
      const [path = '', hash] = href.split('#');
      if (!pages.has(path)) {
        const hints = closest(path, pages, { limit: 2 });
        problem(
          `a link to "${href}", where there is no page`,
          `the address of a page on this site${hints.length ? `, for example ${hints.join(', ')}` : ', for example /vagledning/'}`,
        );
      } else if (hash !== undefined && anchoredPages.has(path) && !anchors.has(href)) {
        const hints = closest(
          href,
          [...anchors].filter((a) => a.startsWith(`${path}#`)),
          { limit: 2 },
        );
        problem(
          `a link to "${href}", but that page has no "#${hash}"`,
          `an entry that exists on ${path}${hints.length ? `, for example ${hints.join(', ')}` : ''}`,
        );
      }
    }
  }
  return problems;
}
