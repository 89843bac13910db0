/**
 * Internal links written in content (Markdown `[text](/vagledning/…/)` or `<a href="/…">`)
 * are checked against the site's own addresses before anything is built, so a mistyped
 * address stops the build naming the file and line instead of publishing a dead link.
 */
import type { ContentProblem, PlainEntry } from './integrity';
import { proseLines } from './prose-lines';

export interface ContentLink {
  href: string;
  line: number;
}

const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_HREF = /\bhref=["']([^"']+)["']/g;

/** Links in a Markdown/MDX body, with their line numbers; fenced code is skipped. */
export function linksIn(body: string): ContentLink[] {
  return proseLines(body).flatMap(({ text, line }) =>
    [MARKDOWN_LINK, HTML_HREF]
      .flatMap((pattern) => [...text.matchAll(pattern)])
      .sort((a, b) => a.index - b.index)
      .map((match) => ({ href: match[1], line })),
  );
}

/** Edit distance between two strings: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Up to two addresses close to a mistyped one, closest first. */
export function closestAddresses(received: string, candidates: Iterable<string>): string[] {
  const limit = Math.max(1, Math.floor(received.length / 3));
  return [...candidates]
    .map((address) => ({ address, distance: editDistance(received, address) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.address.localeCompare(b.address))
    .slice(0, 2)
    .map((c) => c.address);
}

/** Whether an address points into this site rather than elsewhere or within the page. */
function isInternal(href: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href);
}

export interface SiteAddresses {
  /** Every page path ("/vagledning/vardegrund/"). */
  pages: readonly string[];
  /** Fragment addresses that are checked in full ("/ordlista/#bvc", "/kallor/#scb"). */
  anchors: readonly string[];
  /** Downloadable files ("/data/familjecentraler.csv"). */
  files: readonly string[];
}

export function checkContentLinks(entries: readonly PlainEntry[], site: SiteAddresses): ContentProblem[] {
  const pages = new Set([...site.pages, ...site.files]);
  const anchors = new Set(site.anchors);
  const anchoredPages = new Set(site.anchors.map((a) => a.split('#')[0]));
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (!entry.body) continue;
    const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
    for (const { href, line } of linksIn(entry.body)) {
      if (!isInternal(href)) continue;
      const problem = (received: string, expected: string) => problems.push({ file, field: `(body), line ${line}`, received, expected });
      if (!href.startsWith('/')) {
        problem(`a link to "${href}"`, 'an address that starts with "/", for example /vagledning/vardegrund/');
        continue;
      }
      if (file.endsWith('.md')) {
        problem(`a link to "${href}" in a .md file`, 'internal links only in .mdx files, where they follow the base path: rename the file to .mdx');
        continue;
      }
      const [path, hash] = href.split('#');
      if (!pages.has(path)) {
        const hints = closestAddresses(path, pages);
        problem(`a link to "${href}", where there is no page`, `the address of a page on this site${hints.length ? `, for example ${hints.join(', ')}` : ', for example /vagledning/'}`);
      } else if (hash !== undefined && anchoredPages.has(path) && !anchors.has(href)) {
        const hints = closestAddresses(href, [...anchors].filter((a) => a.startsWith(`${path}#`)));
        problem(`a link to "${href}", but that page has no "#${hash}"`, `an entry that exists on ${path}${hints.length ? `, for example ${hints.join(', ')}` : ''}`);
      }
    }
  }
  return problems;
}
