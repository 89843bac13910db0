/**
 * Writes a template as a Word document (.docx) with the docx package, from the same blocks the
 * page is checked against (markdown.ts). Headings keep Word's heading styles, so the
 * navigation pane and screen readers find them; fill-in places are highlighted "[…]"; tables
 * keep a header row that repeats on each page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, Inline } from './markdown';

export interface TemplateMeta {
  title: string;
  summary: string;
  /** Who publishes the template: organisation name. */
  publisher: string;
  /** The page the document comes from, as a full address; undefined in a preview build, which has none. */
  pageUrl: string | undefined;
  /** "Senast granskad" line, already formatted in Swedish. */
  reviewed: string;
  /** Turns a site address in the text ("/vagledning/…/") into a full one for the document. */
  resolve: (url: string) => string;
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

const NUMBERED = 'fc-numbered';

type Resolve = TemplateMeta['resolve'];

function runs(content: readonly Inline[], resolve: Resolve, bold = false): ParagraphChild[] {
  return content.map((inline) => {
    if (inline.type === 'fill')
      return new TextRun({ text: `[${inline.label}]`, highlight: 'yellow', bold });
    if (inline.type === 'link') {
      return new ExternalHyperlink({
        link: resolve(inline.url),
        children: [new TextRun({ text: inline.text, style: 'Hyperlink' })],
      });
    }
    return new TextRun({ text: inline.text, bold: bold || inline.bold, italics: inline.italic });
  });
}

function cell(content: readonly Inline[], resolve: Resolve, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ spacing: { after: 0 }, children: runs(content, resolve, header) })],
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function blockToDocx(
  block: Block,
  resolve: Resolve,
  listNumber: () => number,
): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({ heading: HEADINGS[block.level], children: runs(block.content, resolve) }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.content, resolve) })];
    case 'list': {
      const instance = listNumber();
      return block.items.map(
        (item) =>
          new Paragraph({
            children: runs(item, resolve),
            ...(block.ordered
              ? { numbering: { reference: NUMBERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
          }),
      );
    }
    case 'table': {
      const border = { style: BorderStyle.SINGLE, size: 4, color: '8A96A3' };
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: {
            top: border,
            bottom: border,
            left: border,
            right: border,
            insideHorizontal: border,
            insideVertical: border,
          },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.header.map((c) => cell(c, resolve, true)),
            }),
            ...block.rows.map(
              (row) => new TableRow({ children: row.map((c) => cell(c, resolve, false)) }),
            ),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
  }
}

/** The Word document of a template. */
export function templateDocument(meta: TemplateMeta, blocks: readonly Block[]): Document {
  let lists = 0;
  const listNumber = () => ++lists;
  return new Document({
    title: meta.title,
    description: meta.summary,
    creator: meta.publisher,
    lastModifiedBy: meta.publisher,
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 23, language: { value: 'sv-SE' } },
          paragraph: { spacing: { after: 120 } },
        },
        heading2: { paragraph: { spacing: { before: 320, after: 120 } } },
        heading3: { paragraph: { spacing: { before: 240, after: 80 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [
                      `${meta.title}, sida `,
                      PageNumber.CURRENT,
                      ' av ',
                      PageNumber.TOTAL_PAGES,
                    ],
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.title)] }),
          new Paragraph({ children: [new TextRun({ text: meta.summary, italics: true })] }),
          ...blocks.flatMap((b) => blockToDocx(b, meta.resolve, listNumber)),
          new Paragraph({
            spacing: { before: 480 },
            children: meta.pageUrl
              ? [
                  new TextRun({
                    text: `Mall från ${meta.publisher}. ${meta.reviewed}. Senaste versionen: `,
                    size: 18,
                  }),
                  new ExternalHyperlink({
                    link: meta.pageUrl,
                    children: [new TextRun({ text: meta.pageUrl, style: 'Hyperlink', size: 18 })],
                  }),
                ]
              : [
                  new TextRun({
                    text: `Mall från ${meta.publisher}. ${meta.reviewed}. Förhandsversion, inte publicerad.`,
                    size: 18,
                  }),
                ],
          }),
        ],
      },
    ],
  });
}

/** The .docx file as bytes. */
export function templateDocx(meta: TemplateMeta, blocks: readonly Block[]): Promise<Buffer> {
  return Packer.toBuffer(templateDocument(meta, blocks));
}
