/**
 * One way to write markup for both the built pages and the editor's preview: the renderers of
 * this folder call `h(type, props, ...children)`; the site hands them `htmlH`, which writes HTML
 * (escaped) for a component's set:html, and the editor hands them React's createElement. Children
 * are flattened and empty ones dropped before they reach `h`, so React gets no unkeyed arrays.
 */

/** Whatever an `h` returns (markup here, a React element in the editor), or a text. */
export type Node = object | string | number;
export type Props = Record<string, string | number | boolean | undefined | null>;
export type H = (type: string, props: Props | null, ...children: Node[]) => Node;

/** Markup written by htmlH: already escaped, inserted as it is. */
interface Markup {
  readonly __markup: string;
  /** A block, list item or table cell: kept apart from its neighbours by a line break. */
  readonly block?: boolean;
}

/**
 * Elements that stand apart from what is next to them on the page. The HTML puts a line break
 * between such an element and its neighbour: the browser draws nothing for it, but the search
 * index, which reads the text without the layout, would otherwise glue the last word of one to
 * the first of the next ("Visiting addressVasagatan", "0240‑860 00Vardagar").
 */
const BLOCK = new Set(
  (
    'address article aside blockquote caption dd details div dl dt figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const isMarkup = (node: unknown): node is Markup =>
  typeof node === 'object' && node !== null && '__markup' in node;
const isBlock = (node: Node) => isMarkup(node) && node.block === true;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** React's prop names for the attributes the renderers use. */
const ATTRIBUTE: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  hrefLang: 'hreflang',
};

/** Kept out of the search index (Pagefind): text every centre page repeats word for word. */
export const NOT_INDEXED = { 'data-pagefind-ignore': 'all' } as const;

/** A child's HTML: markup as it is, a text escaped. */
function childHtml(child: Node): string {
  if (isMarkup(child)) return child.__markup;
  if (typeof child === 'object') throw new TypeError('htmlH takes what htmlH wrote, and texts');
  return escape(String(child));
}

/** The site's `h`: HTML as a string, for set:html. */
export const htmlH: H = (type, props, ...children) => {
  const attributes = Object.entries(props ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) =>
      v === true ? ` ${ATTRIBUTE[k] ?? k}` : ` ${ATTRIBUTE[k] ?? k}="${escape(String(v))}"`,
    )
    .join('');
  const parts = children.map(childHtml);
  const inner = parts
    .map((part, i) => {
      const previous = children[i - 1];
      // A line break where nothing already stands between the two.
      const apart =
        previous !== undefined &&
        (isBlock(children[i]!) || isBlock(previous)) &&
        !/\s$/.test(parts[i - 1]!) &&
        !/^\s/.test(part);
      return `${apart ? '\n' : ''}${part}`;
    })
    .join('');
  return {
    __markup: `<${type}${attributes}>${inner}</${type}>`,
    block: BLOCK.has(type),
  } satisfies Markup;
};

/** The HTML of what htmlH wrote. */
export function toHtml(node: Node): string {
  if (!isMarkup(node)) throw new Error('toHtml takes what htmlH wrote');
  return node.__markup;
}

export type Child = Node | false | null | undefined | readonly Child[];

/** `h` with children flattened and empty ones ('' , null, false, undefined) left out. */
export function element(h: H) {
  const flat = (children: readonly Child[]): Node[] =>
    children.flatMap((c): Node[] =>
      Array.isArray(c)
        ? flat(c)
        : c === '' || c === null || c === undefined || c === false
          ? []
          : [c],
    );
  return (type: string, props: Props | null, ...children: Child[]) =>
    h(type, props, ...flat(children));
}
