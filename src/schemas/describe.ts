/**
 * Reads the field descriptions that common.ts attaches to each schema, into plain field docs:
 * label, help, example, kind, whether it is required, its default and its allowed values. The
 * field reference, the editor interface and the open-data docs are written from these.
 */
import type { FieldKind, FieldMeta } from './common.ts';

export interface FieldDoc {
  /** The field's key: "date". */
  name: string;
  /** Where it sits in an entry: "events[].date". */
  path: string;
  label: string;
  help: string;
  example?: string;
  kind: FieldKind;
  expected: string;
  required: boolean;
  /** The value used when the field is left out. */
  defaultValue?: unknown;
  /** True when null is allowed ("not asked"). */
  nullable: boolean;
  options?: readonly { value: string; label: string }[];
  collection?: string;
  /** The fields of a group, or of each group in a list. */
  fields?: FieldDoc[];
  /** The description of each value in a list of single values. */
  item?: FieldDoc;
}

/** The parts of zod's internal definition this module reads. */
interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  defaultValue?: unknown;
}
interface Schema {
  _zod: { def: Def };
  meta(): unknown;
}

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch']);

/** Peels optional(), default() and nullable() off a field, noting what they say. */
function unwrap(schema: Schema) {
  let current = schema;
  let meta = current.meta() as FieldMeta | undefined;
  let required = true;
  let nullable = false;
  let defaultValue: unknown;
  while (WRAPPERS.has(current._zod.def.type) && current._zod.def.innerType) {
    const def = current._zod.def;
    if (def.type === 'optional') required = false;
    if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      defaultValue =
        typeof def.defaultValue === 'function'
          ? (def.defaultValue as () => unknown)()
          : def.defaultValue;
    }
    if (def.type === 'nullable') nullable = true;
    current = def.innerType!;
    meta ??= current.meta() as FieldMeta | undefined;
  }
  return { inner: current, meta, required, nullable, defaultValue };
}

function describeField(name: string, schema: Schema, path: string): FieldDoc {
  const { inner, meta, required, nullable, defaultValue } = unwrap(schema);
  if (!meta)
    throw new Error(
      `${path}: the field has no description. Build it with the helpers in src/schemas/common.ts (text(), choice(), …) so editors get a label, help and an error message.`,
    );
  const doc: FieldDoc = {
    name,
    path,
    label: meta.label,
    help: meta.help,
    example: meta.example,
    kind: meta.kind,
    expected: meta.expected,
    required,
    nullable,
    ...(defaultValue !== undefined && { defaultValue }),
    ...(meta.options && { options: meta.options }),
    ...(meta.collection && { collection: meta.collection }),
  };
  if (meta.kind === 'group' && inner._zod.def.shape)
    doc.fields = describeShape(inner._zod.def.shape, `${path}.`);
  if (meta.kind === 'list' && inner._zod.def.element) {
    const element = describeField(name, inner._zod.def.element, `${path}[]`);
    if (element.kind === 'group') doc.fields = element.fields;
    else doc.item = element;
  }
  return doc;
}

function describeShape(shape: Record<string, Schema>, prefix = ''): FieldDoc[] {
  return Object.entries(shape).map(([name, schema]) =>
    describeField(name, schema, `${prefix}${name}`),
  );
}

/** Every field of a collection's schema, in the order written, with groups' fields nested. */
export function describeSchema(schema: unknown): FieldDoc[] {
  const shape = (schema as Schema)._zod.def.shape;
  if (!shape) throw new Error('describeSchema expects an object schema');
  return describeShape(shape);
}

/** Every field, nested ones included, depth first. */
export function allFields(fields: readonly FieldDoc[]): FieldDoc[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? [])]);
}

const labels = new WeakMap<object, Map<string, string>>();

/**
 * A field's label by its path ("organisation.coordinator"), as the editor shows it: for a page
 * that names a field, so the page and the editor say the same. Throws on a path the schema lacks.
 */
export function fieldLabel(schema: object, path: string): string {
  let byPath = labels.get(schema);
  if (!byPath) {
    byPath = new Map(allFields(describeSchema(schema)).map((f) => [f.path, f.label]));
    labels.set(schema, byPath);
  }
  const label = byPath.get(path);
  if (label === undefined) throw new Error(`The schema has no field "${path}".`);
  return label;
}
