/**
 * Every field of every collection answers a wrong value with a message an editor can act on:
 * "expected …; received …". The entries come from the real content: for each field, an entry that
 * has it is taken, the field is replaced with a value of the wrong kind (or removed, when the
 * field is required), and the schema's message for that field is read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { allFields, describeSchema, type FieldDoc } from './describe';
import { editorCollections, type EditorCollection } from './index';
import { contentDir } from '../lib/content/dir';

type Data = Record<string, unknown>;

/** The fixture region stands in for what the real content has no entries of yet (follow-ups, closed days). */
const FIXTURE = 'tests/fixtures/region-18/content';

function entriesOf(c: EditorCollection): Data[] {
  return [join(contentDir(), c.path), join(FIXTURE, c.path)].filter(existsSync).flatMap((path) => {
    if (c.format === 'list') return yaml.load(readFileSync(path, 'utf8')) as Data[];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
      .map((f) => {
        const text = readFileSync(join(path, f), 'utf8');
        return yaml.load(
          c.format === 'yaml' ? text : (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''),
        ) as Data;
      });
  });
}

/** "events[].date" → ["events", 0, "date"]. */
const steps = (path: string) =>
  path
    .split(/(?=\[\])|\./)
    .flatMap((part) =>
      part.startsWith('[]') ? [0, ...(part.length > 3 ? [part.slice(3)] : [])] : [part],
    )
    .filter((p) => p !== '');

function get(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[key]
        : undefined,
    data,
  );
}

function withValue(data: Data, path: (string | number)[], value: unknown): Data {
  const copy = structuredClone(data);
  const parent = get(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  if (value === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = value;
  return copy;
}

/** A value of the wrong kind for each kind of field. */
const WRONG: Record<FieldDoc['kind'], unknown> = {
  text: { fel: true },
  'long-text': { fel: true },
  url: 'inte en adress',
  time: '9.30',
  choice: 'fel-värde',
  'yes-no': 'kanske',
  number: 'många',
  'partial-date': '27/1 2021',
  'partial-date-or-unknown': '27/1 2021',
  date: 'igår',
  ref: { fel: true },
  list: 'en text',
  group: 'en text',
  'number-or-choice': 'några',
};

const messagesAt = (c: EditorCollection, data: Data, path: (string | number)[]) => {
  const result = c.schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.filter((i) => i.path.join('.') === path.join('.')).map((i) => i.message);
};

describe.each(editorCollections().map((c) => [c.name, c] as const))('%s', (_name, collection) => {
  const entries = entriesOf(collection);
  const fields = allFields(describeSchema(collection.schema));

  it.each(fields.map((f) => [f.path, f] as const))(
    '%s: a wrong value gets "expected …; received …"',
    (_path, field) => {
      const path = steps(field.path);
      const entry = entries.find(
        (e) => get(e, path.slice(0, -1)) !== undefined && get(e, path.slice(0, -1)) !== null,
      );
      expect(
        entry,
        `no entry in ${collection.path} has ${field.path}; add one or a fixture`,
      ).toBeDefined();
      const messages = messagesAt(collection, withValue(entry!, path, WRONG[field.kind]), path);
      expect(messages.length, `${field.path}: no message`).toBeGreaterThan(0);
      for (const message of messages) expect(message).toMatch(/^expected .+; received .+$/);
      if (field.required) {
        const missing = messagesAt(collection, withValue(entry!, path, undefined), path);
        expect(missing).toEqual([
          expect.stringMatching(/^expected .+; received nothing \(the field is missing\)$/),
        ]);
      }
    },
  );
});
