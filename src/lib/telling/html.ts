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
}
const isMarkup = (node: unknown): node is Markup =>
  typeof node === 'object' && node !== null && '__markup' in node;

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
  const inner = children.map(childHtml).join('');
  return { __markup: `<${type}${attributes}>${inner}</${type}>` } satisfies Markup;
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
