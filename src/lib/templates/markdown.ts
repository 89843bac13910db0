/**
 * Reads a template's parsed MDX tree (the same one the content checks read, mdx-tree.ts) into a
 * small document model that both the Word export and its tests use. The project, not Astro's
 * renderer, decides what a template may contain: headings, paragraphs, lists, tables, bold,
 * italics, links, <Fill label="…" /> places and <RegionName /> (the configured region's name),
 * and what a form handed out on paper needs: <Choices> around a list (one box to tick per
 * answer), <WriteLine /> (the rest of a line to write on), <WriteLines count="…" /> (whole lines
 * to write on) and <Signature party="…" /> (lines to sign on). Anything else stops the build with
 * the template's file and line, so the page and the document cannot drift.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { formatProblems, type ContentProblem } from '../content/problem';
import { parseBody, type ParsedBody } from '../content/mdx-tree';
import { MAX_WRITE_LINES } from '../content/components';

export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean }
  | { type: 'fill'; label: string }
  | { type: 'link'; text: string; url: string }
  /** <WriteLine />: a line to write on, to the end of the text's line. */
  | { type: 'line' };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] }
  /** <Choices> around a list: answers to tick, each with one box and no bullet. */
  | { type: 'choices'; items: Inline[][] }
  /** <WriteLines count="4" />: empty lines to write an answer on. */
  | { type: 'lines'; count: number }
  /** <Signature party="För kommunen" />: lines for place and date, signature, name and title. */
  | { type: 'signature'; party: string };

/** What each signature asks for, in order, under its line. */
export const SIGNATURE_FIELDS = [
  'Ort och datum',
  'Underskrift',
  'Namnförtydligande',
  'Titel',
] as const;

/** A <Fill label="…" /> place or the <RegionName />, or undefined for any other JSX. */
function jsxInline(node: MdxJsxFlowElement | MdxJsxTextElement, at: Context): Inline | undefined {
  if (node.name === 'RegionName') return { type: 'text', text: at.regionName };
  if (node.name === 'WriteLine') return { type: 'line' };
  if (node.name !== 'Fill') return undefined;
  const label = attribute(node, 'label');
  return typeof label === 'string' ? { type: 'fill', label } : undefined;
}

/** A prop written as text (label="…"); undefined when missing or written as an expression. */
function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

const describeJsx = (node: MdxJsxFlowElement | MdxJsxTextElement) => `the tag <${node.name ?? ''}>`;

export class TemplateSyntaxError extends Error {
  readonly problem: ContentProblem;
  constructor(
    file: string,
    node: Nodes | MdxJsxFlowElement | MdxJsxTextElement,
    what: string,
    lineOffset = 0,
  ) {
    const line = node.position && node.position.start.line + lineOffset;
    const problem = {
      file,
      field: `(body)${line ? `, line ${line}` : ''}`,
      received: what,
      expected:
        'in a template only headings, paragraphs, lists, tables, **bold**, *italics*, links, <Fill label="…" />, <RegionName />, <Choices> around a list, <WriteLine />, <WriteLines count="…" /> and <Signature party="…" />, so that the Word file matches the page',
    };
    super(formatProblems([problem]));
    this.name = 'TemplateSyntaxError';
    this.problem = problem;
  }
}

/** The problem with each template that could not become a Word document, for the checks before the build. */
export function checkTemplates(
  templates: readonly { file: string; parsed: ParsedBody }[],
): ContentProblem[] {
  return templates.flatMap((t) => {
    try {
      templateBlocks(t.parsed, t.file, '');
      return [];
    } catch (error) {
      if (error instanceof TemplateSyntaxError) return [error.problem];
      throw error;
    }
  });
}

interface Context {
  file: string;
  lineOffset: number;
  /** What <RegionName /> stands for. */
  regionName: string;
}

function inlines(
  nodes: readonly (PhrasingContent | MdxJsxTextElement)[],
  at: Context,
  marks: { bold?: boolean; italic?: boolean } = {},
): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', text: node.value.replace(/\s*\n\s*/g, ' '), ...marks }];
      case 'strong':
        return inlines(node.children, at, { ...marks, bold: true });
      case 'emphasis':
        return inlines(node.children, at, { ...marks, italic: true });
      case 'break':
        return [{ type: 'text', text: ' ', ...marks }];
      case 'link':
        return [{ type: 'link', text: plainText(inlines(node.children, at)), url: node.url }];
      case 'mdxJsxTextElement': {
        const inline = jsxInline(node, at);
        if (inline) return [inline];
        throw new TemplateSyntaxError(at.file, node, describeJsx(node), at.lineOffset);
      }
      default:
        throw new TemplateSyntaxError(at.file, node, `a ${node.type} element`, at.lineOffset);
    }
  });
}

function block(node: RootContent | MdxJsxFlowElement, at: Context): Block[] {
  switch (node.type) {
    case 'heading':
      if (node.depth > 4)
        throw new TemplateSyntaxError(
          at.file,
          node,
          `a level-${node.depth} heading`,
          at.lineOffset,
        );
      return [
        {
          type: 'heading',
          level: node.depth as 1 | 2 | 3 | 4,
          content: inlines(node.children, at),
        },
      ];
    case 'paragraph':
      return [{ type: 'paragraph', content: inlines(node.children, at) }];
    case 'list':
      return [
        {
          type: 'list',
          ordered: Boolean(node.ordered),
          items: node.children.map((item) => {
            const [only] = item.children;
            if (item.children.length === 1 && only?.type === 'paragraph')
              return inlines(only.children, at);
            // A list item holding only <Fill … /> is read as a JSX block, not a paragraph.
            if (item.children.length === 1 && only?.type === 'mdxJsxFlowElement')
              return blockJsx(only, at);
            throw new TemplateSyntaxError(
              at.file,
              item,
              'a list item with more than one paragraph or a nested list',
              at.lineOffset,
            );
          }),
        },
      ];
    case 'table': {
      const [head = [], ...body] = node.children.map((row) =>
        row.children.map((cell) => inlines(cell.children, at)),
      );
      return [{ type: 'table', header: head, rows: body }];
    }
    case 'mdxJsxFlowElement':
      return flowJsx(node, at);
    default:
      throw new TemplateSyntaxError(at.file, node, `a ${node.type} element`, at.lineOffset);
  }
}

/** A component on lines of its own: a form's part, or a <Fill /> that is a paragraph of its own. */
function flowJsx(node: MdxJsxFlowElement, at: Context): Block[] {
  const fail = (what: string) => {
    throw new TemplateSyntaxError(at.file, node, what, at.lineOffset);
  };
  switch (node.name) {
    case 'Choices': {
      const [list] = node.children;
      const [choices] = list?.type === 'list' && !list.ordered ? block(list, at) : [];
      if (node.children.length !== 1 || choices?.type !== 'list')
        return fail('<Choices> around something other than one list with dashes (- …)');
      return [{ type: 'choices', items: choices.items }];
    }
    case 'WriteLines': {
      const count = Number(attribute(node, 'count'));
      if (!Number.isInteger(count) || count < 1 || count > MAX_WRITE_LINES)
        return fail(`<WriteLines> without count="1" to count="${MAX_WRITE_LINES}"`);
      return [{ type: 'lines', count }];
    }
    case 'Signature': {
      const party = attribute(node, 'party')?.trim();
      if (!party) return fail('<Signature> without party="…", for example party="För kommunen"');
      return [{ type: 'signature', party }];
    }
    default:
      // A <Fill /> alone on a line is a paragraph of its own.
      return [{ type: 'paragraph', content: blockJsx(node, at) }];
  }
}

function blockJsx(node: MdxJsxFlowElement, at: Context): Inline[] {
  const inline = jsxInline(node, at);
  if (!inline) throw new TemplateSyntaxError(at.file, node, describeJsx(node), at.lineOffset);
  return [inline];
}

/** The blocks of a template, from its parsed body; <RegionName /> becomes `regionName`. */
export function templateBlocks(parsed: ParsedBody, file: string, regionName: string): Block[] {
  const at = { file, lineOffset: parsed.lineOffset, regionName };
  return parsed.tree.children.flatMap((node) => block(node, at));
}

/** The blocks of a template's MDX text (below the frontmatter), parsed here: for tests and tools. */
export function parseTemplate(body: string, file: string, regionName = ''): Block[] {
  return templateBlocks(parseBody(body, true), file, regionName);
}

/** The text of inlines as a reader sees it; a fill-in place reads "[label]", a line to write on nothing. */
export function plainText(content: readonly Inline[]): string {
  return content
    .map((i) => (i.type === 'fill' ? `[${i.label}]` : i.type === 'line' ? '' : i.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
