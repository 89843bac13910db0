/** Reads the built site in dist/ for the site tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

export interface BuiltPage {
  /** The address the page is served at, e.g. "/vagledning/" (without base path). */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === 'pagefind' || d.name === '_astro' ? [] : walk(join(dir, d.name))) : [join(dir, d.name)],
  );
}

let cache: BuiltPage[] | undefined;

/** Every HTML page of the built site. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  cache ??= walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const url = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
      const html = readFileSync(file, 'utf8');
      return { url, file, html, root: parse(html) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  return cache;
}

export function page(url: string): BuiltPage {
  const found = builtPages().find((p) => p.url === url);
  if (!found) throw new Error(`No built page at ${url}`);
  return found;
}

/** The visible text of an element with whitespace folded, as a reader or the search index sees it. */
export function textOf(element: HTMLElement): string {
  return element.textContent.replace(/\s+/g, ' ').trim();
}
