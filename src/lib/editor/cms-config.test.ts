import { describe, expect, it } from 'vitest';
import { allFields, type FieldDoc } from '../../schemas/describe';
import { describedCollections } from './collections';
import { bodyHelp, editorConfig } from './config';
import { kommunFeatures } from '../map/geodata';
import { siteConfig } from '../content/site-config';
import { cmsField, editorBackend, kommunChoices, NO_GIT_HOST } from './cms-config';
import { defined } from '../../../tests/support/defined';

type Field = {
  name: string;
  widget: string;
  display_fields?: string[];
  search_fields?: string[];
  pattern?: [string, string];
  fields?: Field[];
  field?: Field;
  options?: { value: string }[];
  collection?: string;
  multiple?: boolean;
  min?: number;
  modes?: string[];
  required?: boolean;
  hint?: string;
  label?: string;
  root?: boolean;
};
type Collection = {
  name: string;
  identifier_field?: string;
  folder?: string;
  files?: { file: string; fields: Field[] }[];
  fields?: Field[];
};

const config = editorConfig() as {
  collections: Collection[];
  backend: Record<string, string>;
  output: unknown;
};
const fieldsOf = (c: Collection): Field[] => {
  const fields = c.fields ?? defined(c.files?.[0], 'a file of the collection').fields;
  // A list file is one list field at the root, whose items hold the schema's fields.
  const [only] = fields;
  return fields.length === 1 && only?.root ? defined(only.fields, 'the list’s fields') : fields;
};

/** Every path of a CMS field tree, as describe.ts writes them: "events[].date". */
function cmsPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    const nested = f.fields
      ? cmsPaths(f.fields, f.widget === 'list' ? `${path}[].` : `${path}.`)
      : [];
    return [path, ...nested];
  });
}

describe('the editor configuration', () => {
  const described = describedCollections();

  it('has one collection per content folder, list file and the region file', () => {
    expect(config.collections.map((c) => c.name)).toEqual(described.map((c) => c.name));
  });

  it('has a field for every schema field, nested ones included, with its label and help', () => {
    for (const c of described) {
      const cms = config.collections.find((x) => x.name === c.name)!;
      const paths = new Set(cmsPaths(fieldsOf(cms)));
      const missing = allFields(c.fields)
        .filter((f) => !paths.has(f.path))
        .map((f) => `${c.name}: ${f.path}`);
      expect(missing).toEqual([]);
      for (const doc of c.fields) {
        const field = fieldsOf(cms).find((f) => f.name === doc.name)!;
        expect(field.label).toBe(doc.label);
        expect(field.hint).toContain(doc.help);
        expect(field.required === false).toBe(!doc.required);
      }
    }
  });

  it('offers each choice as a select of exactly the schema’s values, and each reference as a relation or a kommun select', () => {
    for (const c of described) {
      const cms = config.collections.find((x) => x.name === c.name)!;
      const byPath = new Map<string, Field>();
      const walk = (fields: Field[], prefix = '') =>
        fields.forEach((f) => {
          byPath.set(`${prefix}${f.name}`, f);
          if (f.fields)
            walk(f.fields, f.widget === 'list' ? `${prefix}${f.name}[].` : `${prefix}${f.name}.`);
        });
      walk(fieldsOf(cms));
      for (const doc of allFields(c.fields)) {
        const field = byPath.get(doc.path)!;
        const single: FieldDoc = doc.item ?? doc;
        if (single.kind === 'choice') {
          expect(field.widget, doc.path).toBe('select');
          expect(field.options!.map((o) => o.value)).toEqual(single.options!.map((o) => o.value));
        }
        if (single.kind === 'ref' && single.collection === 'kommuner')
          expect(field.widget).toBe('select');
        if (single.kind === 'ref' && single.collection !== 'kommuner') {
          expect(field.widget, doc.path).toBe('relation');
          expect(config.collections.map((x) => x.name)).toContain(field.collection);
        }
        // A list of choices or references is one multiple select; a list of texts, a list of one field.
        if (doc.item?.kind === 'choice' || doc.item?.kind === 'ref')
          expect(field.multiple, doc.path).toBe(true);
        else if (doc.item) expect(field.widget, doc.path).toBe('list');
      }
    }
  });

  it('lets an editor choose a source by its title, publisher and date, never by its file name', () => {
    const all: Field[] = [];
    const visit = (fields: Field[]) =>
      fields.forEach((f) => {
        all.push(f);
        if (f.fields) visit(f.fields);
        if (f.field) visit([f.field]);
      });
    for (const c of config.collections) visit(fieldsOf(c));
    const sourceFields = all.filter((f) => f.widget === 'relation' && f.collection === 'sources');
    expect(sourceFields.length).toBeGreaterThan(0);
    for (const f of sourceFields) {
      expect(f.display_fields).toEqual(['{{title}} ({{publisher}}, {{date}})']);
      expect(f.search_fields).toEqual(['title', 'description', 'publisher', 'date']);
      expect(f.hint ?? '').not.toMatch(/filnamn|\.yaml|src\//);
    }
    // A source known only by its description reads by it: the CMS falls back from an empty title
    // to the identifier field.
    expect(config.collections.find((c) => c.name === 'sources')!.identifier_field).toBe(
      'description',
    );
    expect(config.collections.find((c) => c.name === 'centres')!.identifier_field).toBe('name');
  });

  it('has every full date written ÅÅÅÅ-MM-DD in a text field, never the browser’s date picker', () => {
    for (const c of described) {
      const cms = config.collections.find((x) => x.name === c.name)!;
      const byPath = new Map<string, Field>();
      const walk = (fields: Field[], prefix = '') =>
        fields.forEach((f) => {
          byPath.set(`${prefix}${f.name}`, f);
          if (f.fields)
            walk(f.fields, f.widget === 'list' ? `${prefix}${f.name}[].` : `${prefix}${f.name}.`);
        });
      walk(fieldsOf(cms));
      for (const doc of allFields(c.fields).filter((d) => d.kind === 'date')) {
        const field = byPath.get(doc.path)!;
        expect(field.widget, doc.path).toBe('string');
        expect(field.pattern![1]).toContain('ÅÅÅÅ-MM-DD');
        expect(field.hint).toMatch(/Skriv ÅÅÅÅ-MM-DD, till exempel \d{4}-\d{2}-\d{2}\.$/);
        const pattern = new RegExp(field.pattern![0]);
        for (const ok of ['2026-12-24', '2028-02-29', '2026-04-30'])
          expect(pattern.test(ok), ok).toBe(true);
        for (const bad of ['12/24/2026', '2026-12-32', '2026-02-30', '2026-04-31', '2026-13-01'])
          expect(pattern.test(bad), bad).toBe(false);
      }
    }
    expect(JSON.stringify(config)).not.toContain('"datetime"');
  });

  it('lists every kommun in a kommun field, the region’s own first', () => {
    const centres = config.collections.find((c) => c.name === 'centres')!;
    const kommun = fieldsOf(centres).find((f) => f.name === 'kommun')!;
    const inRegion = kommunFeatures
      .filter((f) => f.properties.lanCode === siteConfig.region.lanCode)
      .map((f) => f.properties.code);
    expect(kommun.options).toHaveLength(kommunFeatures.length);
    expect(new Set(kommun.options!.slice(0, inRegion.length).map((o) => o.value))).toEqual(
      new Set(inRegion),
    );
    expect(
      kommunChoices(
        [
          { code: '2', name: 'Örebro', lan: '18' },
          { code: '1', name: 'Ale', lan: '14' },
          { code: '3', name: 'Avesta', lan: '20' },
        ],
        '20',
      ).map((k) => k.code),
    ).toEqual(['3', '1', '2']);
  });

  it('edits a text as written, so components and links are never escaped, and says how to write them in its format', () => {
    const help = bodyHelp();
    const texts = config.collections.flatMap((x) => {
      const format = described.find((d) => d.name === x.name)!.format;
      return x.folder && (format === 'md' || format === 'mdx') ? [{ x, format }] : [];
    });
    expect(new Set(texts.map((t) => t.format))).toEqual(new Set(['md', 'mdx']));
    for (const { x, format } of texts)
      expect(x.fields!.at(-1)).toEqual({
        name: 'body',
        label: 'Text',
        widget: 'markdown',
        modes: ['raw'],
        hint: help[format],
      });
    expect(help.mdx).toContain('<Term id="…" [text="…"] />');
    expect(help.mdx).toContain('<Fill label="…" />');
    // A Markdown text names no component: one there stops the build.
    expect(help.md).not.toMatch(/<[A-Z]/);
    expect(help.md).toContain('[Värdegrund](/vagledning/vardegrund/)');
  });

  it('saves to the git host named in region.yaml, or to none', () => {
    expect(editorBackend(undefined)).toEqual(NO_GIT_HOST);
    expect(
      editorBackend({
        backend: 'gitlab',
        repo: 'region/fc',
        branch: 'main',
        baseUrl: 'https://gitlab.region.se',
        apiRoot: 'https://gitlab.region.se/api/v4',
        appId: 'abc',
      }),
    ).toEqual({
      name: 'gitlab',
      repo: 'region/fc',
      branch: 'main',
      baseUrl: 'https://gitlab.region.se',
      apiRoot: 'https://gitlab.region.se/api/v4',
      appId: 'abc',
    });
    expect(config.backend.name).toBe(siteConfig.editor?.backend ?? NO_GIT_HOST.name);
  });

  it('refuses a reference into a collection the editor does not have', () => {
    const doc: FieldDoc = {
      name: 'x',
      path: 'x',
      label: 'X',
      help: 'h',
      kind: 'ref',
      expected: 'e',
      required: true,
      nullable: false,
      collection: 'finns-inte',
    };
    expect(() => cmsField(doc, {}, { contentDir: 'src/content', kommuner: [] })).toThrow(
      'x: refers to the collection "finns-inte", which the editor does not have.',
    );
  });
});
