/**
 * Reads a template's MDX text into a small document model that both the Word export and its
 * tests use. The text is parsed here with unified, remark-parse and remark-gfm (tables), not by
 * Astro's renderer, so the project controls exactly what a template may contain: headings,
 * paragraphs, lists, tables, bold, italics, links and <Fill label="…" /> places. Anything else
 * stops the build with the template's name and line, so the page and the document cannot drift.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { formatProblems, type ContentProblem } from './integrity';

export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean }
  | { type: 'fill'; label: string }
  | { type: 'link'; text: string; url: string };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] };

const FILL = /^<Fill\s+label="([^"]+)"\s*\/>$/;

export class TemplateSyntaxError extends Error {
  readonly problem: ContentProblem;
  constructor(file: string, node: Nodes, what: string) {
    const line = node.position?.start.line;
    const problem = {
      file,
      field: `(body)${line ? `, line ${line}` : ''}`,
      received: what,
      expected: 'in a template only headings, paragraphs, lists, tables, **bold**, *italics*, links and <Fill label="…" />, so that the Word document matches the page',
    };
    super(formatProblems([problem]));
    this.name = 'TemplateSyntaxError';
    this.problem = problem;
  }
}

/** The problem with each template that could not become a Word document, for the checks before the build. */
export function checkTemplates(templates: readonly { id: string; filePath?: string; body?: string }[]): ContentProblem[] {
  return templates.flatMap((t) => {
    try {
      parseTemplate(t.body ?? '', t.filePath ?? t.id);
      return [];
    } catch (error) {
      if (error instanceof TemplateSyntaxError) return [error.problem];
      throw error;
    }
  });
}

function inlines(nodes: readonly PhrasingContent[], file: string, marks: { bold?: boolean; italic?: boolean } = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', text: node.value.replace(/\s*\n\s*/g, ' '), ...marks }];
      case 'strong':
        return inlines(node.children, file, { ...marks, bold: true });
      case 'emphasis':
        return inlines(node.children, file, { ...marks, italic: true });
      case 'break':
        return [{ type: 'text', text: ' ', ...marks }];
      case 'link':
        return [{ type: 'link', text: plainText(inlines(node.children, file)), url: node.url }];
      case 'html': {
        const fill = FILL.exec(node.value.trim());
        if (fill) return [{ type: 'fill', label: fill[1] }];
        throw new TemplateSyntaxError(file, node, `the tag ${node.value.trim()}`);
      }
      default:
        throw new TemplateSyntaxError(file, node, `a ${node.type} element`);
    }
  });
}

function block(node: RootContent, file: string): Block[] {
  switch (node.type) {
    case 'heading':
      if (node.depth > 4) throw new TemplateSyntaxError(file, node, `a level-${node.depth} heading`);
      return [{ type: 'heading', level: node.depth as 1 | 2 | 3 | 4, content: inlines(node.children, file) }];
    case 'paragraph':
      return [{ type: 'paragraph', content: inlines(node.children, file) }];
    case 'list':
      return [
        {
          type: 'list',
          ordered: Boolean(node.ordered),
          items: node.children.map((item) => {
            const [only] = item.children;
            if (item.children.length === 1 && only.type === 'paragraph') return inlines(only.children, file);
            // A list item holding only <Fill … /> is read as an HTML block, not a paragraph.
            if (item.children.length === 1 && only.type === 'html') return inlines([only], file);
            throw new TemplateSyntaxError(file, item, 'a list item with more than one paragraph or a nested list');
          }),
        },
      ];
    case 'table': {
      const [head, ...body] = node.children.map((row) => row.children.map((cell) => inlines(cell.children, file)));
      return [{ type: 'table', header: head, rows: body }];
    }
    case 'html': {
      // A <Fill /> alone on a line is a paragraph of its own.
      const fill = FILL.exec(node.value.trim());
      if (fill) return [{ type: 'paragraph', content: [{ type: 'fill', label: fill[1] }] }];
      throw new TemplateSyntaxError(file, node, `the tag ${node.value.trim()}`);
    }
    default:
      throw new TemplateSyntaxError(file, node, `a ${node.type} element`);
  }
}

/** The blocks of a template's body (the MDX text below the frontmatter). */
export function parseTemplate(body: string, file: string): Block[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  return tree.children.flatMap((node) => block(node, file));
}

/** The text of inlines as a reader sees it; a fill-in place reads "[label]". */
export function plainText(content: readonly Inline[]): string {
  return content
    .map((i) => (i.type === 'fill' ? `[${i.label}]` : i.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
