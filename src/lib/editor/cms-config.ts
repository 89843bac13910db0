/**
 * The editor interface's configuration (Sveltia CMS, /redaktion/config.yml), written from the
 * schemas' field descriptions (src/schemas/describe.ts): one CMS collection per content folder or
 * list file, each schema field as a CMS field with its label, help, example and whether it is
 * required. Nothing here names a field of a collection; a field added to a schema appears in the
 * editor without a change in this file. Pure: the page hands it the described collections.
 */
import { compareSv } from '../format.ts';
import type { Backend, CmsConfig, Collection, Field } from '@sveltia/cms';
import type { FieldDoc } from '../../schemas/describe.ts';
import type { ContentFormat } from '../../schemas/index.ts';
import { FULL_DATE, PARTIAL_DATE } from '../../schemas/partial-date.ts';

/** A collection as the editor needs it: the schema's fields already described. */
export interface DescribedCollection {
  name: string;
  label: string;
  description: string;
  /** Folder under the content folder, or the list or settings file. */
  path: string;
  format: ContentFormat | 'settings';
  titleField: string;
  altTitleField?: string;
  /** Fields shown after the title where an entry is chosen: "Samtycke (Norrköpings kommun, okänd)". */
  choiceDetails?: readonly string[];
  entryPath?: { folder: string; file: string };
  fields: FieldDoc[];
}

/** The git host the editor saves to, from region.yaml. */
export interface EditorBackend {
  name: 'gitlab' | 'github' | 'gitea';
  repo: string;
  branch: string;
  baseUrl?: string;
  apiRoot?: string;
  appId?: string;
}

/** Where the editor saves when region.yaml names no git host: only a local copy can be opened. */
export const NO_GIT_HOST: EditorBackend = {
  name: 'gitlab',
  repo: 'ej-angiven/ej-angiven',
  branch: 'main',
};

/** The git host from region.yaml's `editor` group, or NO_GIT_HOST. */
export function editorBackend(editor?: {
  backend: EditorBackend['name'];
  repo: string;
  branch: string;
  baseUrl?: string;
  apiRoot?: string;
  appId?: string;
}): EditorBackend {
  return editor
    ? {
        name: editor.backend,
        repo: editor.repo,
        branch: editor.branch,
        baseUrl: editor.baseUrl,
        apiRoot: editor.apiRoot,
        appId: editor.appId,
      }
    : NO_GIT_HOST;
}

export interface CmsOptions {
  /** The content folder relative to the repository root: "src/content". */
  contentDir: string;
  /** Every kommun, the region's first: the choices of a kommun field. */
  kommuner: readonly { code: string; name: string }[];
  backend: EditorBackend;
  siteName: string;
  siteUrl: string;
  /** The site's logo, shown in the editor instead of the CMS's. */
  logo: string;
}

/** What a collection's fields need of the options: where the files are and the kommun choices. */
export type CollectionOptions = Pick<CmsOptions, 'contentDir' | 'kommuner'>;

/** The editor's own types (@sveltia/cms): a field, and a field's widget and options before its name. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type CmsField = Field;
type CmsWidget = DistributiveOmit<Field, 'name'>;

/** Collections that a reference field may point into, with the fields that name their entries. */
export type RelationTargets = Record<
  string,
  Pick<DescribedCollection, 'titleField' | 'altTitleField' | 'choiceDetails'>
>;

const PARTIAL_DATE_PATTERN = PARTIAL_DATE.source;
const FULL_DATE_PATTERN = FULL_DATE.source;
const FULL_DATE_MESSAGE = 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-24.';
const UNKNOWN_OR_PARTIAL = `^(okänd|${PARTIAL_DATE_PATTERN.replace(/^\^|\$$/g, '')})$`;

/** Kinds whose example shows how to write a value; for the others the editor offers the values. */
const WRITTEN_KINDS = new Set<FieldDoc['kind']>([
  'text',
  'long-text',
  'url',
  'time',
  'number',
  'partial-date',
  'partial-date-or-unknown',
  'number-or-choice',
]);

/**
 * "Exempel: …" after the help text, as the field reference shows it, where the editor types the
 * value; for a date, its form too: "Skriv ÅÅÅÅ-MM-DD, till exempel 2026-11-23."
 */
const hint = (doc: FieldDoc) => {
  const example = doc.example?.replace(/^"(.*)"$/, '$1');
  if (doc.kind === 'date')
    return `${doc.help} Skriv ÅÅÅÅ-MM-DD, till exempel ${example ?? '2026-12-24'}.`;
  return example && WRITTEN_KINDS.has(doc.kind) ? `${doc.help} Exempel: ${example}` : doc.help;
};

const selectOptions = (doc: FieldDoc) =>
  (doc.options ?? []).map((o) => ({ label: o.label, value: o.value }));

/** The widget and its options for one kind of field. */
function widgetFor(doc: FieldDoc, targets: RelationTargets, options: CollectionOptions): CmsWidget {
  switch (doc.kind) {
    case 'text':
      return { widget: 'string' };
    case 'long-text':
      return { widget: 'text' };
    case 'url':
      return { widget: 'string', type: 'url' };
    case 'time':
      return {
        widget: 'string',
        pattern: ['^([01]\\d|2[0-3]):[0-5]\\d$', 'Skriv tiden som TT:MM, till exempel 09:30.'],
      };
    case 'choice':
      return { widget: 'select', options: selectOptions(doc) };
    case 'yes-no':
      return { widget: 'boolean' };
    case 'number':
      return { widget: 'number', value_type: 'int' };
    case 'number-or-choice':
      return {
        widget: 'string',
        pattern: [
          `^(\\d+|${(doc.options ?? []).map((o) => o.value).join('|')})$`,
          `Skriv ett heltal eller ${(doc.options ?? []).map((o) => o.value).join(' eller ')}.`,
        ],
      };
    case 'partial-date':
      return {
        widget: 'string',
        pattern: [PARTIAL_DATE_PATTERN, 'Skriv datumet som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.'],
      };
    case 'partial-date-or-unknown':
      return {
        widget: 'string',
        pattern: [
          UNKNOWN_OR_PARTIAL,
          'Skriv datumet som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, eller okänd.',
        ],
      };
    case 'date':
      // Written, not picked: the browser's date picker shows the browser's language (MM/DD/YYYY in
      // English), and the files and the site write ÅÅÅÅ-MM-DD.
      return { widget: 'string', pattern: [FULL_DATE_PATTERN, FULL_DATE_MESSAGE] };
    case 'ref':
      return refWidget(doc, targets, options);
    case 'group':
      return {
        widget: 'object',
        collapsed: false,
        fields: (doc.fields ?? []).map((f) => cmsField(f, targets, options)),
      };
    case 'list':
      return listWidget(doc, targets, options);
  }
}

function refWidget(doc: FieldDoc, targets: RelationTargets, options: CollectionOptions): CmsWidget {
  const collection = doc.collection;
  if (collection === 'kommuner') {
    return {
      widget: 'select',
      options: options.kommuner.map((k) => ({ label: `${k.name} (${k.code})`, value: k.code })),
    };
  }
  const target = collection ? targets[collection] : undefined;
  if (!target)
    throw new Error(
      `${doc.path}: refers to the collection "${collection}", which the editor does not have.`,
    );
  // An entry is chosen by its title and the details that tell two of the same title apart, never
  // by its file name: "Samtycke (Norrköpings kommun, okänd)". A missing title reads as the alternative
  // title (the collection's identifier_field, which the CMS falls back to).
  const details = target.choiceDetails ?? [];
  const label = `{{${target.titleField}}}${details.length ? ` (${details.map((f) => `{{${f}}}`).join(', ')})` : ''}`;
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [
      target.titleField,
      ...(target.altTitleField ? [target.altTitleField] : []),
      ...details,
    ],
    display_fields: [label],
  };
}

function listWidget(
  doc: FieldDoc,
  targets: RelationTargets,
  options: CollectionOptions,
): CmsWidget {
  if (doc.item) {
    // A list of single values: choices and references become one multiple select.
    const item = widgetFor(doc.item, targets, options);
    if (item.widget === 'select' || item.widget === 'relation')
      return { ...item, multiple: true, ...(doc.required && { min: 1 }) };
    return { widget: 'list', field: { name: doc.item.name, label: doc.item.label, ...item } };
  }
  const fields = (doc.fields ?? []).map((f) => cmsField(f, targets, options));
  const first = doc.fields?.[0]?.name;
  return {
    widget: 'list',
    collapsed: true,
    ...(first && { summary: `{{fields.${first}}}` }),
    fields,
  };
}

/** One schema field as a CMS field. */
export function cmsField(
  doc: FieldDoc,
  targets: RelationTargets,
  options: CollectionOptions,
): CmsField {
  const field: CmsField = {
    name: doc.name,
    label: doc.label,
    hint: hint(doc),
    ...widgetFor(doc, targets, options),
  };
  if (!doc.required) field.required = false;
  // Every widget the schema kinds map to takes a default; the editor's union also holds ones that do not.
  if (
    doc.defaultValue !== undefined &&
    typeof doc.defaultValue !== 'object' &&
    'widget' in field &&
    field.widget !== 'compute'
  )
    Object.assign(field, { default: doc.defaultValue });
  return field;
}

/** The text of an entry: Markdown with the site's components, edited as written so nothing is lost. */
/** The help under a text field, by the text's format: what a Markdown text and an MDX text may hold. */
export type BodyHelp = Record<'md' | 'mdx', string>;

export function bodyField(help: string): CmsField {
  return { name: 'body', label: 'Text', widget: 'markdown', modes: ['raw'], hint: help };
}

/** The fields that every list item carries besides its schema's: the id the site uses for it. */
const listItemId: CmsField = {
  name: 'id',
  label: 'Id',
  widget: 'string',
  hint: 'Postens id: små bokstäver, siffror och bindestreck. Ändra inte ett id som redan används.',
  pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Små bokstäver, siffror och bindestreck.'],
};

/** The title fields the CMS falls back to, in order after the identifier field, when naming an entry. */
const CMS_TITLE_FALLBACKS = ['title', 'name', 'label'];

/**
 * The field the CMS names an entry by. With an alternative title, that one: the CMS falls back
 * from it to its own title fields, so an entry with either reads by it, in a choice list too.
 */
function identifierField(c: DescribedCollection): string {
  if (!c.altTitleField) return c.titleField;
  if (!CMS_TITLE_FALLBACKS.includes(c.titleField))
    throw new Error(
      `${c.name}: an alternative title works in the editor only when the title field is one of ${CMS_TITLE_FALLBACKS.join(', ')}, not ${c.titleField}.`,
    );
  return c.altTitleField;
}

/** One CMS collection. */
export function cmsCollection(
  c: DescribedCollection,
  targets: RelationTargets,
  options: CollectionOptions,
  bodyHelp: BodyHelp,
): Collection {
  const fields = c.fields.map((f) => cmsField(f, targets, options));
  const base = { name: c.name, label: c.label, description: c.description };
  // Exactly one of the title fields is filled in, so the two together name the entry.
  const summary = `{{${c.titleField}}}${c.altTitleField ? `{{${c.altTitleField}}}` : ''}`;
  const filePath = `${options.contentDir}/${c.path}`;
  /** A collection kept one file per entry, with its keys in the order the editor writes them. */
  const folderCollection = (extension: string, format: 'frontmatter' | 'yml', all: CmsField[]) =>
    ({
      ...base,
      folder: filePath,
      extension,
      format,
      create: true,
      identifier_field: identifierField(c),
      summary,
      ...(c.entryPath
        ? {
            slug: `{{fields.${c.entryPath.file}}}`,
            path: `{{fields.${c.entryPath.folder}}}/{{slug}}`,
          }
        : { slug: '{{slug}}' }),
      fields: all,
    }) satisfies Collection;
  switch (c.format) {
    case 'mdx':
    case 'md':
      return folderCollection(c.format, 'frontmatter', [...fields, bodyField(bodyHelp[c.format])]);
    case 'yaml':
      return folderCollection('yaml', 'yml', fields);
    case 'list':
      return {
        ...base,
        files: [
          {
            name: c.name,
            label: c.label,
            file: filePath,
            format: 'yml',
            fields: [
              {
                name: 'items',
                label: c.label,
                widget: 'list',
                root: true,
                collapsed: true,
                summary: `{{fields.${c.titleField}}}`,
                fields: [listItemId, ...fields],
              },
            ],
          },
        ],
      };
    case 'settings':
      return {
        ...base,
        files: [{ name: c.name, label: c.label, file: filePath, format: 'yml', fields }],
      };
  }
}

/** The collections a reference can point into: those with a file per entry. */
export function relationTargets(collections: readonly DescribedCollection[]): RelationTargets {
  return Object.fromEntries(
    collections
      .filter((c) => c.format !== 'list' && c.format !== 'settings')
      .map((c) => [
        c.name,
        {
          titleField: c.titleField,
          altTitleField: c.altTitleField,
          choiceDetails: c.choiceDetails,
        },
      ]),
  );
}

/** The git host in the editor's own terms, one branch per host so each gets its own options. */
function cmsBackend(backend: EditorBackend): Backend {
  const common = {
    repo: backend.repo,
    branch: backend.branch,
    ...(backend.baseUrl && { base_url: backend.baseUrl }),
    ...(backend.apiRoot && { api_root: backend.apiRoot }),
    ...(backend.appId && { app_id: backend.appId }),
  };
  switch (backend.name) {
    case 'gitlab':
      // Signing in with PKCE needs only the OAuth application's id: no server of ours.
      return { name: 'gitlab', ...common, ...(backend.appId && { auth_type: 'pkce' as const }) };
    case 'github':
      return { name: 'github', ...common };
    case 'gitea':
      return { name: 'gitea', ...common };
  }
}

/** The whole configuration, as /redaktion/config.yml writes it. */
export function cmsConfig(
  collections: readonly DescribedCollection[],
  options: CmsOptions,
  bodyHelp: BodyHelp,
): CmsConfig {
  const targets = relationTargets(collections);
  const { backend } = options;
  return {
    backend: cmsBackend(backend),
    app_title: `Redaktion: ${options.siteName}`,
    site_url: options.siteUrl,
    logo: { src: options.logo },
    media_folder: 'public/media',
    public_folder: '/media',
    output: {
      omit_empty_optional_fields: true,
      yaml: { quote: 'none', indent_size: 2, indent_sequences: true },
    },
    collections: collections.map((c) => cmsCollection(c, targets, options, bodyHelp)),
  };
}

/** Every kommun, the region's own first, each group in Swedish alphabetical order. */
export function kommunChoices<K extends { code: string; name: string; lan: string }>(
  kommuner: readonly K[],
  lanCode: string,
): K[] {
  const byName = (a: K, b: K) => compareSv(a.name, b.name);
  return [
    ...kommuner.filter((k) => k.lan === lanCode).sort(byName),
    ...kommuner.filter((k) => k.lan !== lanCode).sort(byName),
  ];
}
