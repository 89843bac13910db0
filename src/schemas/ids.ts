/**
 * How an editor names an entry that other entries refer to: one description per collection, in
 * English for the build's messages (the schemas' errors, the checks across entries, <Term>) and in
 * Swedish for the field reference. ids.test.ts holds the folders and extensions to the
 * collections' own (index.ts).
 */

/** Collections kept one file per entry: the entry's id is its file name. */
export const ID_FILES = {
  sources: { folder: 'sources', extension: 'yaml', noun: 'a source', sv: 'en källa' },
  glossary: { folder: 'glossary', extension: 'yaml', noun: 'a term', sv: 'ett ord' },
  guidance: { folder: 'guidance', extension: 'mdx', noun: 'a chapter', sv: 'ett kapitel' },
  templates: { folder: 'templates', extension: 'mdx', noun: 'a template', sv: 'en mall' },
  centres: { folder: 'centres', extension: 'md', noun: 'a centre', sv: 'en familjecentral' },
  easyRead: {
    folder: 'lattlast',
    extension: 'mdx',
    noun: 'an easy-to-read text',
    sv: 'en lättläst text',
  },
} as const;

/** Collections whose ids are official codes. */
const CODES = {
  kommuner: { en: 'an official four-digit kommun code', sv: 'Kommunkod: fyra siffror' },
  lan: { en: 'an official two-digit län code', sv: 'Länskod: två siffror' },
} as const;

export type ReferencedCollection = keyof typeof ID_FILES | keyof typeof CODES;

const isFileCollection = (c: string): c is keyof typeof ID_FILES => c in ID_FILES;
const isCodeCollection = (c: string): c is keyof typeof CODES => c in CODES;
/** Whether entries refer to `collection` by id, so its ids have a description here. */
export const isReferenced = (c: string): c is ReferencedCollection =>
  isFileCollection(c) || isCodeCollection(c);

/** What a valid id of `collection` is, for a message: "the id (file name without .yaml) of a source in src/content/sources/". */
export function idExpected(collection: ReferencedCollection): string {
  if (isCodeCollection(collection)) return CODES[collection].en;
  const f = ID_FILES[collection];
  return `the id (file name without .${f.extension}) of ${f.noun} in src/content/${f.folder}/`;
}

/** The same in Swedish, for the field reference; undefined for a collection not referred to by id. */
export function idDescription(collection: string): string | undefined {
  if (isCodeCollection(collection)) return `${CODES[collection].sv} inom citattecken`;
  if (!isFileCollection(collection)) return undefined;
  const f = ID_FILES[collection];
  return `Id för ${f.sv}: filnamnet i src/content/${f.folder}/ utan .${f.extension}`;
}
