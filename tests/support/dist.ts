/** Reads the built site in dist/ for the site tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { pageType } from './page-type';

/** The built site under test: dist/, or another build (a fixture region) named by SITE_DIST. */
export const DIST = process.env.SITE_DIST ?? 'dist';

export interface BuiltPage {
  /** The address the page is served at, e.g. "/vagledning/" (without base path). */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? d.name === 'pagefind' || d.name === '_astro'
        ? []
        : walk(join(dir, d.name))
      : [join(dir, d.name)],
  );
}

const cache = new Map<string, BuiltPage[]>();

/** Every HTML page of the built site (or of another build, given its folder). */
export function builtPages(dir: string = DIST): BuiltPage[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: run \`npm run build\` first`);
  if (!cache.has(dir)) cache.set(dir, readPages(dir));
  return cache.get(dir)!;
}

/** The editor's page (Sveltia CMS), not one of the site's pages: tests/site/editor.test.ts checks it. */
export const EDITOR_APP = 'redaktion/index.html';

/** The applications of a build, whose #/… addresses are their own routes: the editor, when built. */
export function builtApps(dir: string = DIST): Set<string> {
  return new Set(
    existsSync(join(dir, EDITOR_APP)) ? [`/${EDITOR_APP.replace(/index\.html$/, '')}`] : [],
  );
}

function readPages(dir: string): BuiltPage[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html') && relative(dir, f).split(sep).join('/') !== EDITOR_APP)
    .map((file) => {
      const rel = relative(dir, file).split(sep).join('/');
      const url = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
      const html = readFileSync(file, 'utf8');
      return { url, file, html, root: parse(html) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Every file of a build that is not a page ("/data/familjecentraler.csv"), for link checks. */
export function builtFiles(dir: string = DIST): Set<string> {
  const all = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? all(join(d, e.name)) : [join(d, e.name)],
    );
  return new Set(
    all(dir)
      .filter((f) => !f.endsWith('.html'))
      .map((f) => `/${relative(dir, f).split(sep).join('/')}`),
  );
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

export { pageType };

/** One page of each type: the largest, where most can go wrong. */
export function onePagePerType(pages: readonly BuiltPage[] = builtPages()): BuiltPage[] {
  const largest = new Map<string, BuiltPage>();
  for (const p of pages) {
    const type = pageType(p.url);
    if ((largest.get(type)?.html.length ?? -1) < p.html.length) largest.set(type, p);
  }
  return [...largest.values()];
}
