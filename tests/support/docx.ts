/**
 * Reads what a test needs from a .docx file: its paragraphs with styles, its tables, its
 * highlighted text, and what makes a form: check boxes, bullets and lines to write on.
 */
import JSZip from 'jszip';

export interface DocxParagraph {
  style: string;
  /** The text as printed: a check box reads "☐", a tab a space. */
  text: string;
  /** A list item: a bullet or a number before it. */
  list: boolean;
  /** Word check boxes in the paragraph. */
  checkBoxes: number;
  /** Lines to write on: tab stops drawn as a line (underscore leader) that a tab in the text reaches. */
  lines: number;
}

export interface DocxContent {
  /** Every paragraph outside tables, with its style id ("Heading2", "Title", or "" for body text). */
  paragraphs: DocxParagraph[];
  /** Every table as rows of cell texts. */
  tables: string[][][];
  /** Every table's column widths, in twips, as its grid gives them. */
  columnWidths: number[][];
  /** Text of runs highlighted in yellow: the fill-in places. */
  highlighted: string[];
  /** The document's language setting. */
  language: string | undefined;
  /** Word check boxes in the whole document, tables included. */
  checkBoxes: number;
  /** The text of the footers, and the fields in them ("PAGE", "NUMPAGES"). */
  footer: { text: string; fields: string[] };
  /** The document's properties (File > Info in Word). */
  properties: { title?: string; creator?: string; lastModifiedBy?: string; description?: string };
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
// Text runs, symbols (a check box's ☐) and tabs in a run (not the tab stops of a paragraph's properties).
const textOf = (xml: string) =>
  unescape(
    [
      ...xml.matchAll(
        /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:sym\b[^>]*w:char="([0-9A-Fa-f]+)"[^>]*\/>|<w:tab\/>/g,
      ),
    ]
      .map((m) => m[1] ?? (m[2] ? String.fromCodePoint(parseInt(m[2], 16)) : ' '))
      .join(''),
  )
    .replace(/\s+/g, ' ')
    .trim();
const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;

function paragraph(xml: string): DocxParagraph {
  const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
  const tabsInText = count(xml.replace(properties, ''), /<w:tab\/>/g);
  return {
    style: /<w:pStyle w:val="([^"]+)"/.exec(properties)?.[1] ?? '',
    text: textOf(xml),
    list: properties.includes('<w:numPr>'),
    checkBoxes: count(xml, /<w14:checkbox>/g),
    lines: tabsInText > 0 ? count(properties, /<w:tab\b[^>]*w:leader="underscore"/g) : 0,
  };
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')?.async('string');
  if (!document) throw new Error('Not a Word document: word/document.xml is missing');
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table = '']) =>
    [...table.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map(([, row = '']) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell = '']) => textOf(cell)),
    ),
  );
  const columnWidths = [...document.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map(
    ([, grid = '']) => [...grid.matchAll(/<w:gridCol w:w="(\d+)"/g)].map(([, w]) => Number(w)),
  );
  const outside = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, p = '']) =>
    paragraph(p),
  );
  const highlighted = [
    ...document.matchAll(
      /<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>[\s\S]*?<\/w:r>/g,
    ),
  ].map((r) => textOf(r[0]));
  const language = /<w:lang w:val="([^"]+)"/.exec(styles)?.[1];
  const footers = await Promise.all(
    zip.file(/^word\/footer\d*\.xml$/).map((f) => f.async('string')),
  );
  const footer = {
    text: footers.map(textOf).join(' '),
    fields: footers.flatMap((xml) =>
      [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map(([, f = '']) => f.trim()),
    ),
  };
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const prop = (tag: string) => {
    const value = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(core)?.[1];
    return value === undefined ? undefined : unescape(value);
  };
  const properties = {
    title: prop('dc:title'),
    creator: prop('dc:creator'),
    lastModifiedBy: prop('cp:lastModifiedBy'),
    description: prop('dc:description'),
  };
  const checkBoxes = count(document, /<w14:checkbox>/g);
  return {
    paragraphs,
    tables,
    columnWidths,
    highlighted,
    language,
    checkBoxes,
    footer,
    properties,
  };
}
