/**
 * Writes a template as a Word document (.docx) with the docx package, from the same blocks the
 * page is checked against (markdown.ts). Headings keep Word's heading styles, so the
 * navigation pane and screen readers find them; fill-in places are highlighted "[…]"; tables
 * keep a header row that repeats on each page.
 *
 * What is printed and filled in by hand reads as a form: each answer has one box to tick (a
 * Word check box, no bullet beside it), a column of boxes is narrow and the text beside it wide,
 * answers are written on lines, and each party signs on lines for place and date, signature,
 * name and title. A heading stays on the page of the text it introduces, and a short table, a
 * question's answers and a signature are not split over two pages.
 *
 * A handout (a template with a note for staff, such as the visitor survey) is what its reader
 * gets and nothing more: no summary for whoever fills it in, and no line about the template.
 */
import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { plainText, SIGNATURE_FIELDS, type Block, type Inline } from './markdown';

export interface TemplateMeta {
  title: string;
  summary: string;
  /** Who publishes the template: organisation name, the document's author. */
  publisher: string;
  /** Where the template comes from, as the pages say it: "Mall från …", or the proposal's publisher. */
  from: string;
  /** The page the document comes from, as a full address; undefined in a preview build, which has none. */
  pageUrl: string | undefined;
  /** "Senast granskad" line, already formatted in Swedish. */
  reviewed: string;
  /** Turns a site address in the text ("/vagledning/…/") into a full one for the document. */
  resolve: (url: string) => string;
  /**
   * Handed out as it is (to parents, say): the document holds only what its reader gets, without
   * the summary and the line about the template, which are for staff and stay on the page.
   */
  handout?: boolean;
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

const NUMBERED = 'fc-numbered';
/** Paragraph styles whose size is the check box's: the box takes its size from the paragraph. */
const CHOICE_STYLE = 'FcChoice';
const BOX_STYLE = 'FcBox';

/** Body text, in half-points (11.5 pt). */
const TEXT_SIZE = 23;
/** A box to tick, in half-points: big enough to put a cross in with a pen. */
const BOX_SIZE = 30;

/** A4 with 2.5 cm margins, in twips (1/20 pt; 567 to the centimetre). */
const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** From a box to its answer's text. */
const CHOICE_INDENT = 567;
/** A column that holds only boxes to tick: wide enough for a short header ("Ibland"). */
const BOX_COLUMN = 1247;
/** The space between two signatures side by side. */
const SIGNATURE_GAP = 680;
/** A table of at most this many rows is kept on one page. */
const KEEP_TABLE_ROWS = 10;

/** The mark of a box to tick in a table cell, as the template's text writes it. */
export const BOX = '☐';

type Resolve = TemplateMeta['resolve'];

function runs(
  content: readonly Inline[],
  resolve: Resolve,
  { bold = false, size }: { bold?: boolean; size?: number } = {},
): ParagraphChild[] {
  return content.map((inline) => {
    if (inline.type === 'fill')
      return new TextRun({ text: `[${inline.label}]`, highlight: 'yellow', bold, size });
    if (inline.type === 'line') return new TextRun({ children: [new Tab()], size });
    if (inline.type === 'link') {
      return new ExternalHyperlink({
        link: resolve(inline.url),
        children: [new TextRun({ text: inline.text, style: 'Hyperlink', size })],
      });
    }
    return new TextRun({
      text: inline.text,
      bold: bold || inline.bold,
      italics: inline.italic,
      size,
    });
  });
}

const hasLine = (content: readonly Inline[]) => content.some((i) => i.type === 'line');

/** A line to write on, from the last text to the right margin. */
const lineToMargin = {
  type: TabStopType.RIGHT,
  position: TEXT_WIDTH,
  leader: 'underscore',
} as const;

/** A Word check box: it prints as an empty box, and can be ticked on screen. */
const checkBox = () => new CheckBox({ checked: false });

const isBoxCell = (content: readonly Inline[]) => plainText(content) === BOX;

/** Which columns hold only boxes to tick, below their header. */
const boxColumns = (header: readonly Inline[][], rows: readonly Inline[][][]) =>
  header.map((_, c) => rows.length > 0 && rows.every((row) => row[c] && isBoxCell(row[c])));

/** A wide character of body text, bold, in twips ("m", "H"): enough to size a column by its words. */
const CHAR_WIDTH = 150;
/** A cell's margins, left and right together, in twips. */
const CELL_MARGINS = 300;

/**
 * Column widths in twips: a column of boxes is narrow; the others share the rest by how much
 * they hold, so a statement or a description is not squeezed into a quarter of the page, and
 * no column is narrower than its longest word ("Huvudman" is not broken in two).
 */
export function columnWidths(header: readonly Inline[][], rows: readonly Inline[][][]): number[] {
  const boxColumn = boxColumns(header, rows);
  const columns = header.map((head, c) => {
    const texts = [head, ...rows.map((r) => r[c] ?? [])].map((x) => plainText(x));
    const box = boxColumn[c] ?? false;
    return {
      box,
      want: Math.min(40, Math.max(10, ...texts.map((x) => x.length))),
      least:
        Math.max(...texts.flatMap((x) => x.split(' ').map((word) => word.length))) * CHAR_WIDTH +
        CELL_MARGINS,
      width: 0,
      open: !box,
    };
  });
  let rest = TEXT_WIDTH - BOX_COLUMN * columns.filter((c) => c.box).length;
  // Share the rest by what each column wants; a column that would get less than its longest
  // word gets that, and the others share what is left. Each pass fixes at least one column.
  for (;;) {
    const shares = columns.reduce((sum, c) => (c.open ? sum + c.want : sum), 0);
    const short = columns.find((c) => c.open && (rest * c.want) / shares < c.least);
    if (!short) {
      for (const c of columns) if (c.open) c.width = Math.floor((rest * c.want) / shares);
      break;
    }
    short.width = short.least;
    rest -= short.least;
    short.open = false;
  }
  return columns.map((c) => (c.box ? BOX_COLUMN : c.width));
}

function cell(
  content: readonly Inline[],
  resolve: Resolve,
  { header, boxColumn }: { header: boolean; boxColumn: boolean },
): TableCell {
  const box = !header && isBoxCell(content);
  return new TableCell({
    children: [
      box
        ? new Paragraph({
            style: BOX_STYLE,
            alignment: AlignmentType.CENTER,
            spacing: { after: 0 },
            children: [checkBox()],
          })
        : new Paragraph({
            spacing: { after: 0 },
            // A header over a column of boxes stands centred over them.
            alignment: boxColumn ? AlignmentType.CENTER : undefined,
            children: runs(content, resolve, { bold: header }),
          }),
    ],
    verticalAlign: box ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function table(block: Extract<Block, { type: 'table' }>, resolve: Resolve): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '8A96A3' };
  const keep = block.rows.length <= KEEP_TABLE_ROWS;
  const rows = [block.header, ...block.rows];
  const boxColumn = boxColumns(block.header, block.rows);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(block.header, block.rows),
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          cantSplit: true,
          keepNext: keep && r < rows.length - 1,
          children: row.map((c, i) =>
            cell(c, resolve, { header: r === 0, boxColumn: boxColumn[i] ?? false }),
          ),
        }),
    ),
  });
}

/** Empty lines to write an answer on, a handwritten line's height apart. */
function writeLines(count: number): Paragraph[] {
  return Array.from(
    { length: count },
    (_, i) =>
      new Paragraph({
        tabStops: [lineToMargin],
        // The space above is room for the handwriting; the line itself is the text line's baseline.
        spacing: { before: 300, after: i === count - 1 ? 200 : 0 },
        keepNext: i < count - 1,
        children: [new TextRun({ children: [new Tab()] })],
      }),
  );
}

/**
 * Signatures, two side by side: the party, then for each field a line and its name under it.
 * Tab stops draw the lines, so the block is text a reader can follow, not a table.
 */
function signatures(parties: readonly string[]): Paragraph[] {
  const column = Math.floor((TEXT_WIDTH - SIGNATURE_GAP) / 2);
  return chunk(parties, 2).flatMap((pair, p, pairs) => {
    const two = pair.length === 2;
    const secondColumn = { type: TabStopType.LEFT, position: column + SIGNATURE_GAP } as const;
    const lastPair = p === pairs.length - 1;
    const party = new Paragraph({
      keepNext: true,
      tabStops: two ? [secondColumn] : [],
      spacing: { before: p === 0 ? 120 : 480, after: 0 },
      children: [
        ...pair.map((name, i) =>
          i === 0
            ? new TextRun({ text: name, bold: true })
            : new TextRun({ children: [new Tab(), name], bold: true }),
        ),
      ],
    });
    const fields = SIGNATURE_FIELDS.flatMap((field, f) => {
      const last = lastPair && f === SIGNATURE_FIELDS.length - 1;
      return [
        new Paragraph({
          keepNext: true,
          tabStops: [
            { type: TabStopType.LEFT, position: column, leader: 'underscore' },
            ...(two ? [secondColumn, lineToMargin] : []),
          ],
          // Room above the line to write by hand; most for the signature itself.
          spacing: { before: field === 'Underskrift' ? 720 : 480, after: 0 },
          children: [
            new TextRun({ children: two ? [new Tab(), new Tab(), new Tab()] : [new Tab()] }),
          ],
        }),
        new Paragraph({
          keepNext: !last,
          tabStops: two ? [secondColumn] : [],
          spacing: { before: 20, after: 0 },
          children: [
            new TextRun({ text: field, size: 18, color: '404040' }),
            ...(two
              ? [new TextRun({ children: [new Tab(), field], size: 18, color: '404040' })]
              : []),
          ],
        }),
      ];
    });
    return [party, ...fields];
  });
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );
}

/**
 * Does the paragraph lead into what follows it ("… ledde tillsammans:", or a question's "Kryssa
 * för allt som stämmer." above its answers)? Then the two stay on one page.
 */
function leadsIn(block: Block, next: Block | undefined): boolean {
  if (block.type !== 'paragraph' || next === undefined || next.type === 'heading') return false;
  if (next.type === 'choices' || next.type === 'lines') return true;
  if (next.type === 'table' && boxColumns(next.header, next.rows).some(Boolean)) return true;
  return plainText(block.content).endsWith(':');
}

function blockToDocx(
  block: Block,
  next: Block | undefined,
  resolve: Resolve,
  listNumber: () => number,
): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          // Also on the paragraph, not only in the style, which not every word processor reads.
          keepNext: true,
          keepLines: true,
          children: runs(block.content, resolve),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          keepNext: leadsIn(block, next),
          tabStops: hasLine(block.content) ? [lineToMargin] : undefined,
          children: runs(block.content, resolve),
        }),
      ];
    case 'list': {
      const instance = listNumber();
      return block.items.map(
        (item) =>
          new Paragraph({
            children: runs(item, resolve),
            tabStops: hasLine(item) ? [lineToMargin] : undefined,
            ...(block.ordered
              ? { numbering: { reference: NUMBERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
          }),
      );
    }
    case 'choices':
      // One box per answer and no bullet: the box is the answer's only mark.
      return block.items.map(
        (item, i) =>
          new Paragraph({
            style: CHOICE_STYLE,
            keepNext: i < block.items.length - 1,
            tabStops: [
              { type: TabStopType.LEFT, position: CHOICE_INDENT },
              ...(hasLine(item) ? [lineToMargin] : []),
            ],
            children: [
              checkBox(),
              new TextRun({ children: [new Tab()], size: TEXT_SIZE }),
              ...runs(item, resolve, { size: TEXT_SIZE }),
            ],
          }),
      );
    case 'lines':
      return writeLines(block.count);
    case 'table':
      // A small gap under the table, about half a line, before the text goes on.
      return [
        table(block, resolve),
        new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 14 }, children: [] }),
      ];
    case 'signature':
      // Consecutive signatures are written together, in blockToDocx's caller.
      return [];
  }
}

/** The document's body: the blocks, with consecutive signatures side by side. */
function body(blocks: readonly Block[], resolve: Resolve): (Paragraph | Table)[] {
  let lists = 0;
  const listNumber = () => ++lists;
  const out: (Paragraph | Table)[] = [];
  // Consecutive signatures wait here until a block of another kind, or the end, comes.
  let parties: string[] = [];
  for (const [i, block] of blocks.entries()) {
    if (block.type === 'signature') {
      parties.push(block.party);
      continue;
    }
    if (parties.length > 0) out.push(...signatures(parties));
    parties = [];
    out.push(...blockToDocx(block, blocks[i + 1], resolve, listNumber));
  }
  if (parties.length > 0) out.push(...signatures(parties));
  return out;
}

/**
 * Who made the template, when it was checked and where the latest version is: under the summary,
 * with what is about the template rather than in it, so the document itself ends where its text
 * does (with the signatures, say) and never with a page of its own for this line.
 */
function colophon(meta: TemplateMeta): Paragraph {
  return new Paragraph({
    spacing: { after: 240 },
    children: meta.pageUrl
      ? [
          new TextRun({
            text: `${meta.from}. ${meta.reviewed}. Senaste versionen: `,
            size: 18,
          }),
          new ExternalHyperlink({
            link: meta.pageUrl,
            children: [new TextRun({ text: meta.pageUrl, style: 'Hyperlink', size: 18 })],
          }),
        ]
      : [
          new TextRun({
            text: `${meta.from}. ${meta.reviewed}. Förhandsversion, inte publicerad.`,
            size: 18,
          }),
        ],
  });
}

/** The Word document of a template. */
export function templateDocument(meta: TemplateMeta, blocks: readonly Block[]): Document {
  const keep = { keepNext: true, keepLines: true };
  return new Document({
    title: meta.title,
    description: meta.summary,
    creator: meta.publisher,
    lastModifiedBy: meta.publisher,
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: TEXT_SIZE, language: { value: 'sv-SE' } },
          paragraph: { spacing: { after: 120 } },
        },
        title: { paragraph: keep },
        heading1: { paragraph: keep },
        heading2: { paragraph: { spacing: { before: 320, after: 120 }, ...keep } },
        heading3: { paragraph: { spacing: { before: 240, after: 80 }, ...keep } },
        heading4: { paragraph: keep },
      },
      paragraphStyles: [
        {
          id: CHOICE_STYLE,
          name: 'Svarsalternativ',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: BOX_SIZE },
          paragraph: {
            indent: { left: CHOICE_INDENT, hanging: CHOICE_INDENT },
            spacing: { after: 60 },
            keepLines: true,
          },
        },
        {
          id: BOX_STYLE,
          name: 'Kryssruta',
          basedOn: 'Normal',
          run: { size: BOX_SIZE },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
        },
      ],
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
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
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
          ...(meta.handout
            ? []
            : [
                new Paragraph({ children: [new TextRun({ text: meta.summary, italics: true })] }),
                colophon(meta),
              ]),
          ...body(blocks, meta.resolve),
        ],
      },
    ],
  });
}

/** The .docx file as bytes. */
export function templateDocx(meta: TemplateMeta, blocks: readonly Block[]): Promise<Buffer> {
  return Packer.toBuffer(templateDocument(meta, blocks));
}
