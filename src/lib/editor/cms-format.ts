/**
 * Content in the form the editor (Sveltia CMS) writes it, so that saving an entry in the editor
 * changes only the lines of the field that was changed. The CMS writes YAML with the `yaml`
 * package and these options, the fields in the order of its configuration (the schema's order),
 * a field's default where the field is missing, and no optional field that is empty. Content
 * written by hand is brought to that form by `npm run content:format`; a test says when a file
 * is not in it. Plain TypeScript, so the Node script can load it.
 */
import { parse, stringify } from 'yaml';
import { isList, isRecord } from '../typed.ts';

/** The parts of a CMS field (src/lib/editor/cms-config.ts) that decide how a value is written. */
export interface CmsFieldShape {
  name: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  fields?: CmsFieldShape[];
  root?: boolean;
}

/** As the CMS's `output.yaml` options in cms-config.ts: two spaces, indented lists, plain strings, no folding. */
export const YAML_OUTPUT = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** Widgets whose value the CMS always writes as text, even when the file had a number (2017 → '2017'). */
const TEXT_WIDGETS = new Set(['string', 'text']);

function canonicalValue(value: unknown, field: CmsFieldShape): unknown {
  if (typeof value === 'number' && TEXT_WIDGETS.has(field.widget)) return String(value);
  if (typeof value === 'string') return value.trim();
  const { fields } = field;
  if (fields && field.widget === 'object' && isRecord(value)) return canonicalObject(value, fields);
  if (fields && field.widget === 'list' && isList(value))
    return value.map((item) => (isRecord(item) ? canonicalObject(item, fields) : item));
  return value;
}

/** An entry's values in the CMS's order, with its defaults and without empty optional fields. */
export function canonicalObject(
  value: Record<string, unknown>,
  fields: readonly CmsFieldShape[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    let v = value[field.name];
    if (v === undefined && field.default !== undefined) v = field.default;
    if (v === undefined) continue;
    v = canonicalValue(v, field);
    if (field.required === false && isEmpty(v)) continue;
    out[field.name] = v;
  }
  const known = new Set(fields.map((f) => f.name));
  for (const key of Object.keys(value)
    .filter((k) => !known.has(k))
    .sort())
    out[key] = value[key];
  return out;
}

const FRONTMATTER = /^---\n(?<head>[\s\S]*?)\n---(?:\n(?<body>[\s\S]*))?$/;

/** A Markdown or MDX entry (front matter and text) as the CMS writes it. */
export function formatFrontmatterEntry(text: string, fields: readonly CmsFieldShape[]): string {
  const match = text.trim().replace(/\r\n?/g, '\n').match(FRONTMATTER);
  if (!match?.groups) throw new Error('expected front matter between two lines of ---');
  const parsed: unknown = parse(match.groups.head ?? '');
  const data = isRecord(parsed) ? parsed : {};
  const body = (match.groups.body ?? '').replace(/^\n/, '').trim();
  const head = stringify(
    canonicalObject(
      data,
      fields.filter((f) => f.name !== 'body'),
    ),
    YAML_OUTPUT,
  ).trim();
  return `---\n${head}\n---\n${body ? `\n${body}\n` : ''}`;
}

/** A YAML entry, or a list file (a field with `root: true`), as the CMS writes it. */
export function formatYamlEntry(text: string, fields: readonly CmsFieldShape[]): string {
  const data: unknown = parse(text.replace(/\r\n?/g, '\n'));
  const [only] = fields;
  const root = fields.length === 1 && only?.root ? only : undefined;
  const value = root
    ? canonicalValue(data, root)
    : canonicalObject((data ?? {}) as Record<string, unknown>, fields);
  return `${stringify(value, YAML_OUTPUT).trim()}\n`;
}
