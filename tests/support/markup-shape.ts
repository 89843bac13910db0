/**
 * Pages that differ only in their words. Many pages are one template filled with data of the same
 * shape: a centre page in Finnish and in English, the sources under one letter and under another.
 * What a browser check finds on such a page (colours, contrast, focus, roles, layout) follows from
 * its markup, which is the same, and from its words only where a long word does not fit. So a
 * page's markup shape is its elements with the attributes that change how it looks or what it is
 * (tag, class, role, dir, hidden, style, type), without text, and with a run of siblings of the
 * same shape counted once (a list of eight sources is shaped like a list of three). Which
 * language a part is in belongs to its words: that it has a `lang` is part of the shape, which
 * language is not (the values are the site's own languages), so a centre's page in Finnish has
 * the shape of its page in English. Of the pages of one shape, the one with the longest word
 * stands for them all.
 */
import { HTMLElement, type Node } from 'node-html-parser';
import type { BuiltPage } from './dist';

const ATTRIBUTES = ['class', 'role', 'dir', 'hidden', 'style', 'type'];

const isElement = (node: Node): node is HTMLElement => node instanceof HTMLElement;

function shapeOf(element: HTMLElement): string {
  const children = element.childNodes
    .filter(isElement)
    .map(shapeOf)
    .filter((shape, i, all) => shape !== all[i - 1]);
  const attributes = ATTRIBUTES.filter((name) => element.hasAttribute(name))
    .map((name) => `${name}="${element.getAttribute(name)}"`)
    .concat(element.hasAttribute('lang') ? ['lang'] : [])
    .join(' ');
  return `<${element.rawTagName} ${attributes}>${children.join('')}</>`;
}

/** The shape of a page's body: its elements and their looks, no text, repeated siblings once. */
export function markupShape(root: HTMLElement): string {
  const body = root.querySelector('body');
  if (!body) throw new Error('a page without a body');
  return shapeOf(body);
}

/** The length of the longest run of characters without a space in the page's text. */
export function longestWord(root: HTMLElement): number {
  return Math.max(
    0,
    ...(root.querySelector('body')?.textContent ?? '').split(/\s+/).map((w) => w.length),
  );
}

export interface ShapeGroup {
  /** The page checked: of those of one shape, the one with the longest word, then the longest. */
  checked: BuiltPage;
  /** The pages of the same shape it stands for. */
  alike: BuiltPage[];
}

/** The pages grouped by markup shape, in the order of each group's first page. */
export function groupByShape(pages: readonly BuiltPage[]): ShapeGroup[] {
  const groups = new Map<string, BuiltPage[]>();
  for (const page of pages) {
    const shape = markupShape(page.root);
    groups.set(shape, [...(groups.get(shape) ?? []), page]);
  }
  return [...groups.values()].map((group) => {
    const [checked, ...alike] = [...group].sort(
      (a, b) => longestWord(b.root) - longestWord(a.root) || b.html.length - a.html.length,
    );
    if (!checked) throw new Error('an empty group');
    return { checked, alike };
  });
}
