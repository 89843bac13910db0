/**
 * Every file the editor reads and writes, with the CMS fields that decide its form: for
 * `npm run content:format` and the test that every file is already in the editor's form.
 * Plain TypeScript with file extensions in imports, so the Node script can load it.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Field, ListFieldWithSubFields, ObjectFieldWithSubFields } from '@sveltia/cms';
import {
  cmsCollection,
  relationTargets,
  type DescribedCollection,
  type RelationTargets,
} from './cms-config.ts';
import { describedCollections } from './collections.ts';
import { formatFrontmatterEntry, formatYamlEntry, type CmsFieldShape } from './cms-format.ts';

export interface EditorFile {
  /** Path from the repository root: "src/content/centres/orsa.md". */
  file: string;
  collection: string;
  /** The entry's name in the editor's addresses (#/collections/<collection>/entries/<entry>). */
  entry: string;
  /** The file in the editor's form. */
  format: (text: string) => string;
}

/** A list or group of fields. A custom widget's type allows any property, so `fields` alone says nothing. */
const hasSubfields = (field: Field): field is ListFieldWithSubFields | ObjectFieldWithSubFields =>
  (field.widget === 'list' || field.widget === 'object') && 'fields' in field;

/** A CMS field as cms-format.ts reads it: the widget the editor writes with (a text when none is named). */
function fieldShape(field: Field): CmsFieldShape {
  // Some widgets type their default `any`: here it is a value as the file would hold it.
  const fallback: unknown = 'default' in field ? field.default : undefined;
  const fields = hasSubfields(field) ? field.fields : undefined;
  return {
    name: field.name,
    widget: typeof field.widget === 'string' ? field.widget : 'string',
    required: !('required' in field) || field.required !== false,
    ...('default' in field && { default: fallback }),
    ...(fields && { fields: fields.map(fieldShape) }),
    ...('root' in field && field.root === true && { root: true }),
  };
}

/** The CMS collection for one described collection; kommun choices do not change how files are written. */
function fieldsOf(
  c: DescribedCollection,
  targets: RelationTargets,
  contentDir: string,
): { fields: CmsFieldShape[]; folder?: string; extension?: string; file?: string } {
  const collection = cmsCollection(c, targets, { contentDir, kommuner: [] }, { md: '', mdx: '' });
  if ('files' in collection) {
    const [first] = collection.files;
    return { fields: (first?.fields ?? []).map(fieldShape), file: first?.file };
  }
  return {
    fields: (collection.fields ?? []).map(fieldShape),
    folder: collection.folder,
    extension: collection.extension,
  };
}

function formatOf(
  fields: CmsFieldShape[],
  extension: string | undefined,
): (text: string) => string {
  return extension === 'md' || extension === 'mdx'
    ? (t: string) => formatFrontmatterEntry(t, fields)
    : (t: string) => formatYamlEntry(t, fields);
}

/** How the editor writes an entry of `collection`, whether or not the collection has entries yet. */
export function editorFormat(
  collection: string,
  contentDir = 'src/content',
): (text: string) => string {
  const collections = describedCollections();
  const c = collections.find((d) => d.name === collection);
  if (!c) throw new Error(`No editor collection ${collection}`);
  const { fields, extension } = fieldsOf(c, relationTargets(collections), contentDir);
  return formatOf(fields, extension);
}

export function editorFiles(contentDir = 'src/content'): EditorFile[] {
  const collections = describedCollections();
  const targets = relationTargets(collections);
  return collections.flatMap((c) => {
    const { fields, folder, extension, file } = fieldsOf(c, targets, contentDir);
    const format = formatOf(fields, extension);
    if (file) return existsSync(file) ? [{ file, collection: c.name, entry: c.name, format }] : [];
    // A region may not use every collection yet.
    if (!existsSync(folder!)) return [];
    // Entries may sit in subfolders (uppfoljning/2026/ludvika.yaml); the path below the folder is the entry's name.
    return readdirSync(folder!, { recursive: true, encoding: 'utf8' })
      .map((name) => name.split('\\').join('/'))
      .filter((name) => name.endsWith(`.${extension}`))
      .sort()
      .map((name) => ({
        file: `${folder}/${name}`,
        collection: c.name,
        entry: name.slice(0, -extension!.length - 1),
        format,
      }));
  });
}
