/** Reads what a test needs from a .docx file: its paragraphs with styles, its tables, its highlighted text. */
import JSZip from 'jszip';

export interface DocxContent {
  /** Every paragraph outside tables, with its style id ("Heading2", "Title", or "" for body text). */
  paragraphs: { style: string; text: string }[];
  /** Every table as rows of cell texts. */
  tables: string[][][];
  /** Text of runs highlighted in yellow: the fill-in places. */
  highlighted: string[];
  /** The document's language setting. */
  language: string | undefined;
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
const textOf = (xml: string) =>
  unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .replace(/\s+/g, ' ')
    .trim();

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')?.async('string');
  if (!document) throw new Error('Not a Word document: word/document.xml is missing');
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1])),
    ),
  );
  const outside = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p[1])?.[1] ?? '',
    text: textOf(p[1]),
  }));
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
      [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1].trim()),
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
  return { paragraphs, tables, highlighted, language, footer, properties };
}
