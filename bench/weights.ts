// Page weight per page type in a built site: the HTML, and the CSS and JavaScript each page links,
// raw and gzipped; for each type its heaviest page.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageType } from '../tests/support/page-type.ts';

const gz = (buffer: Buffer) => gzipSync(buffer, { level: 6 }).length;

/** One page's weight, in kB. */
export interface PageWeight {
  type: string;
  url: string;
  htmlKb: number;
  htmlGzKb: number;
  cssGzKb: number;
  jsGzKb: number;
}

/** The heaviest page of each type, with how many pages the type has. */
export function weights(dist: string): (PageWeight & { pages: number })[] {
  const files = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
  const pages = files.filter(
    (f) =>
      f.endsWith('.html') &&
      !f.includes(`${sep}pagefind${sep}`) &&
      !f.endsWith(`redaktion${sep}index.html`),
  );
  const byType = new Map<string, PageWeight & { pages: number }>();
  for (const file of pages) {
    const rel = relative(dist, file).split(sep).join('/');
    const url = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const linked = (pattern: RegExp) =>
      [...text.matchAll(pattern)].map(([, path = '']) =>
        readFileSync(join(dist, path.replace(/^\//, ''))),
      );
    const css = linked(/<link rel="stylesheet" href="([^"]+)"/g);
    const js = linked(/<script type="module" src="([^"]+)"/g);
    const row: PageWeight = {
      type: pageType(url),
      url,
      htmlKb: html.length / 1024,
      htmlGzKb: gz(html) / 1024,
      cssGzKb: css.reduce((n, b) => n + gz(b), 0) / 1024,
      jsGzKb: js.reduce((n, b) => n + gz(b), 0) / 1024,
    };
    const heaviest = byType.get(row.type);
    if (!heaviest || heaviest.htmlGzKb < row.htmlGzKb)
      byType.set(row.type, { ...row, pages: (heaviest?.pages ?? 0) + 1 });
    else heaviest.pages += 1;
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}
