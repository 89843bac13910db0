import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { builtApps, builtFiles, builtPages, textOf } from '../support/dist';
import { findBrokenLinks, isVagueLinkText } from '../support/links';

const base = process.env.BASE_PATH ?? '/';
const files = builtFiles();
// The editor is an application at /redaktion/; its routes (#/collections/…) are its own.
const apps = builtApps();

describe('internal links', () => {
  it('every internal link and #anchor on every page resolves', () => {
    expect(findBrokenLinks(builtPages(), base, files, apps)).toEqual([]);
  });

  it('every link says where it goes', () => {
    const vague = builtPages().flatMap((p) =>
      p.root
        .querySelectorAll('a')
        .filter((a) => isVagueLinkText(textOf(a)) && !a.getAttribute('aria-label'))
        .map((a) => `${p.url}: "${textOf(a)}"`),
    );
    expect(vague).toEqual([]);
  });
});

// The checker itself must catch what it is for, or the test above proves nothing.
describe('the link checker', () => {
  const fake = (url: string, html: string) => ({ url, file: '', html, root: parse(html) });
  const pages = [
    fake(
      '/',
      '<a href="/a/">A</a><a href="/b/">B</a><a href="/a/#x">X</a><a href="/a/#y">Y</a><a href="https://e.se">E</a>',
    ),
    fake('/a/', '<h2 id="x">X</h2>'),
  ];

  it('reports a missing page and a missing anchor, and ignores external links', () => {
    expect(findBrokenLinks(pages, '/')).toEqual([
      { from: '/', href: '/b/', reason: 'no page or file at that address' },
      { from: '/', href: '/a/#y', reason: 'no element with id "y"' },
    ]);
  });
  it('accepts an application’s own routes, and only where the application is', () => {
    const withApp = [
      fake('/', '<a href="/app/#/x/y">App</a><a href="/annan/#/x">Annan</a>'),
      fake('/a/', ''),
    ];
    expect(findBrokenLinks(withApp, '/', new Set(), new Set(['/app/']))).toEqual([
      { from: '/', href: '/annan/#/x', reason: 'no page or file at that address' },
    ]);
  });
  it('reports a link that escapes the base path', () => {
    expect(findBrokenLinks([fake('/', '<a href="/a/">A</a>'), fake('/a/', '')], '/fc/')).toEqual([
      { from: '/', href: '/a/', reason: 'outside the base path /fc/' },
    ]);
  });
  it('recognises vague link texts', () => {
    expect(isVagueLinkText('Läs mer')).toBe(true);
    expect(isVagueLinkText('Läs mer om öppen förskola')).toBe(false);
  });
});
