/**
 * Reads a content body once, into one Markdown tree (mdast, with MDX's JSX for .mdx files), with
 * Sätteri, the parser that renders the pages (GFM on, as there), and
 * takes from it what the checks and the Word export need: the links (inline, reference-style and
 * <a href>), the components with their props, and the headings with the anchors the page gives
 * them. Code is never read as content, and a component written over several lines is one node.
 * Line numbers are lines of the file, frontmatter included, as an editor sees them.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';

export interface ParsedBody {
  tree: Root;
  /** Lines before the body in its file (the frontmatter), added to every line number reported. */
  lineOffset: number;
}

export interface BodyLink {
  href: string;
  line: number;
}

export interface BodyComponent {
  name: string;
  /** Prop name → its text value, or null when written as an expression ({…}) or bare. */
  props: Map<string, string | null>;
  line: number;
  /** The tag as written, for messages: <Term ide="mvc" />. */
  source: string;
}

export interface BodyHeading {
  depth: number;
  text: string;
  /** The id Astro gives the heading, for links to the section. */
  slug: string;
}

export class MdxSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number | undefined,
  ) {
    super(reason);
    this.name = 'MdxSyntaxError';
  }
}

/**
 * How many lines come before the body in its file. The body is the end of the file, after the
 * frontmatter; where it cannot be found there, the frontmatter's own lines are counted.
 */
export function bodyLineOffset(fileText: string, body?: string): number {
  const at = body ? fileText.lastIndexOf(body) : -1;
  if (at >= 0 && body!.trim() !== '') return fileText.slice(0, at).split('\n').length - 1;
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(fileText);
  return frontmatter ? frontmatter[0].split('\n').length - 1 : 0;
}

// As the pages are rendered: GFM, and no frontmatter (Astro has taken it off the body, and a body
// that starts with a thematic break is not one).
const PARSE_OPTIONS = { features: { gfm: true, frontmatter: false } };

/** Sätteri's message for a text it cannot read starts with the place, "3:1: ", and ends with its rule. */
const PARSER_MESSAGE = /^(?:(\d+):\d+: )?([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/;

/**
 * Anything Markdown, GFM or MDX could read as more than text: a character that starts markup
 * (links, emphasis, HTML and JSX, expressions, code, tables, escapes, entities), an address or
 * e-mail address GFM makes a link of, a line that starts a list, quote, heading, code block or
 * ESM statement, a hard line break, or a carriage return.
 */
const MARKUP =
  /[<>{}[\]#*_`|~\\&\r]|https?:|www\.|@|^[ \t]*(?:[-+=]|\d+[.)])|^(?: {4}|\t)|^[ \t]*(?:import|export)\b| {2,}$/m;

/**
 * The tree of a text that is plain prose, without parsing: its paragraphs, each one text, as the
 * parser would read them (mdx-tree.test.ts compares the two for every text in the content). Most
 * texts about a centre or a kommun are plain prose, and parsing a thousand of them took half a
 * second of each build at national size. Undefined for a text with any markup.
 */
export function plainTree(body: string): Root | undefined {
  if (MARKUP.test(body)) return undefined;
  const paragraphs = body
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        // Spaces and tabs, as Markdown strips them; a no-break space is text.
        .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((p) => p !== '');
  return {
    type: 'root',
    children: paragraphs.map((value) => ({
      type: 'paragraph',
      children: [{ type: 'text', value }],
    })),
  };
}

/** Parses a body: as MDX for .mdx files, as Markdown with GFM for .md; plain prose without parsing. */
export function parseBody(body: string, isMdx: boolean, lineOffset = 0): ParsedBody {
  const plain = plainTree(body);
  if (plain) return { tree: plain, lineOffset };
  let tree;
  try {
    tree = (isMdx ? mdxToMdast : markdownToMdast)(body, PARSE_OPTIONS);
  } catch (error) {
    const [, line, reason = ''] =
      PARSER_MESSAGE.exec(String(error instanceof Error ? error.message : error)) ?? [];
    throw new MdxSyntaxError(reason, line === undefined ? undefined : Number(line) + lineOffset);
  }
  if (tree.type !== 'root') throw new Error(`The parser gave a ${tree.type}, not a document`);
  return { tree, lineOffset };
}

const lineOf = (node: { position?: { start: { line: number } } }, parsed: ParsedBody) =>
  (node.position?.start.line ?? 1) + parsed.lineOffset;

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: { type: string }): node is Jsx =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function propsOf(node: Jsx): Map<string, string | null> {
  const props = new Map<string, string | null>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    props.set(attribute.name, typeof attribute.value === 'string' ? attribute.value : null);
  }
  return props;
}

function sourceOf(node: Jsx): string {
  const attributes = node.attributes
    .map((a) =>
      a.type === 'mdxJsxAttribute'
        ? a.value === null || a.value === undefined
          ? a.name
          : typeof a.value === 'string'
            ? `${a.name}="${a.value}"`
            : `${a.name}={…}`
        : '{…}',
    )
    .join(' ');
  return `<${node.name}${attributes ? ` ${attributes}` : ''} />`;
}

/** Every link target written in the body: [text](/x/), reference definitions [x]: /y/, and <a href="/z/">. */
export function linksOf(parsed: ParsedBody): BodyLink[] {
  const links: BodyLink[] = [];
  visit(parsed.tree, (node) => {
    if (node.type === 'link' || node.type === 'definition')
      links.push({ href: node.url, line: lineOf(node, parsed) });
    else if (isJsx(node) && node.name === 'a') {
      const href = propsOf(node).get('href');
      if (href) links.push({ href, line: lineOf(node, parsed) });
    }
  });
  return links;
}

/** A part of a Markdown (.md) body that only MDX renders as the site does: HTML, or a table. */
export interface MdxOnlyPart {
  kind: 'html' | 'table';
  /** The HTML as written, or the table's first row. */
  text: string;
  line: number;
}

/** The HTML and the tables in a Markdown (.md) body: Markdown renders them as they stand. */
export function mdxOnlyParts(parsed: ParsedBody): MdxOnlyPart[] {
  const parts: MdxOnlyPart[] = [];
  visit(parsed.tree, (node) => {
    if (node.type === 'html')
      parts.push({ kind: 'html', text: node.value.trim(), line: lineOf(node, parsed) });
    else if (node.type === 'table')
      parts.push({
        kind: 'table',
        text: (node.children[0]?.children ?? []).map((cell) => toString(cell).trim()).join(' | '),
        line: lineOf(node, parsed),
      });
  });
  return parts;
}

/** Every component (a JSX element with a capitalised name) with its props. */
export function componentsOf(parsed: ParsedBody): BodyComponent[] {
  const components: BodyComponent[] = [];
  visit(parsed.tree, (node) => {
    if (isJsx(node) && node.name && /^[A-Z]/.test(node.name)) {
      components.push({
        name: node.name,
        props: propsOf(node),
        line: lineOf(node, parsed),
        source: sourceOf(node),
      });
    }
  });
  return components;
}

/**
 * The headings with their text and the id Astro gives each (github-slugger, as the renderer does;
 * a test compares them with the built pages). A component in a heading counts with its text prop.
 */
export function headingsOf(parsed: ParsedBody): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  visit(parsed.tree, 'heading', (node) => {
    const text = toString(node, { includeImageAlt: false }).trim();
    headings.push({ depth: node.depth, text, slug: slugger.slug(text) });
  });
  return headings;
}

export type { Root, RootContent };
