/**
 * The markup shape that lets the accessibility visit check one page for all of a shape
 * (tests/support/markup-shape.ts): pages differing only in words share one, a difference in how a
 * page looks or what an element is does not, and the page with the longest word is the one checked.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { groupByShape, markupShape } from '../support/markup-shape';
import type { BuiltPage } from '../support/dist';

const body = (inner: string) =>
  parse(`<html lang="sv"><head><title>t</title></head><body>${inner}</body></html>`);
const page = (url: string, inner: string): BuiltPage => {
  const root = body(inner);
  return { url, file: url, html: root.toString(), root };
};

describe('markupShape', () => {
  it('is the same for pages that differ only in their words or in how many alike items a list has', () => {
    expect(markupShape(body('<h1 class="a">Avesta</h1><ul><li>x</li><li>y</li></ul>'))).toBe(
      markupShape(body('<h1 class="a">Mora kommun</h1><ul><li>z</li><li>z</li><li>z</li></ul>')),
    );
  });

  it('is the same for a part in one language or another', () => {
    expect(markupShape(body('<a lang="fi" href="/fi/">Suomi</a>'))).toBe(
      markupShape(body('<a lang="en" href="/en/">English</a>')),
    );
  });

  it.each([
    ['a class', '<p class="fc-note">x</p>', '<p>x</p>'],
    ['a role', '<div role="note">x</div>', '<div>x</div>'],
    ['a direction', '<p dir="rtl">x</p>', '<p>x</p>'],
    ['a part in another language', '<span lang="sv">x</span>', '<span>x</span>'],
    ['a style', '<p style="color: red">x</p>', '<p>x</p>'],
    ['hidden', '<p hidden>x</p>', '<p>x</p>'],
    ['an element', '<p><a href="/">x</a></p>', '<p>x</p>'],
    [
      'a list item of another shape',
      '<ul><li>x</li><li><a href="/">y</a></li></ul>',
      '<ul><li>x</li></ul>',
    ],
  ])('differs with %s', (_, one, other) => {
    expect(markupShape(body(one))).not.toBe(markupShape(body(other)));
  });
});

describe('groupByShape', () => {
  it('checks the page with the longest word for the pages of its shape, and each other shape on its own', () => {
    const groups = groupByShape([
      page('/fi/', '<h1>Perhekeskus</h1>'),
      page('/en/', '<h1>Family centre</h1>'),
      page('/fi/x/', '<h1>Lastenneuvolapalvelut</h1>'),
      page('/ar/', '<h1 dir="rtl">x</h1>'),
    ]);
    expect(groups.map((g) => [g.checked.url, g.alike.map((p) => p.url)])).toEqual([
      ['/fi/x/', ['/fi/', '/en/']],
      ['/ar/', []],
    ]);
  });
});
