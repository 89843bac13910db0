import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorFiles } from './files';
import { formatFrontmatterEntry, formatYamlEntry } from './cms-format';
import { editorCollections } from '../../schemas/index';

describe('the content in the editor’s form', () => {
  const files = editorFiles();

  it('covers every content file of every collection', () => {
    const onDisk = (dir: string): string[] =>
      existsSync(dir)
        ? statSync(dir).isDirectory()
          ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
              .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
              .map((f) => `${dir}/${f}`)
          : [dir]
        : [];
    const expected = editorCollections().flatMap((c) => onDisk(`src/content/${c.path}`));
    expect(
      files
        .map((f) => f.file)
        .filter((f) => f !== 'src/content/region.yaml')
        .sort(),
    ).toEqual(expected.sort());
  });

  it('is how every file is written, so a save in the editor changes only the changed field (run npm run content:format when this fails)', () => {
    const notInForm = files
      .filter(
        ({ file, format }) => format(readFileSync(file, 'utf8')) !== readFileSync(file, 'utf8'),
      )
      .map((f) => f.file);
    expect(notInForm).toEqual([]);
  });

  it('puts fields in the schema’s order, lists as blocks, defaults in and empty optional fields out, and keeps the text', () => {
    const fields = [
      { name: 'title', widget: 'string' },
      { name: 'kind', widget: 'select', required: false, default: 'nyhet' },
      { name: 'year', widget: 'string' },
      { name: 'note', widget: 'string', required: false },
      { name: 'sources', widget: 'relation', required: true },
    ];
    const hand =
      '---\nsources: [a, b]\nnote: ""\nyear: 2019\ntitle: "Rubrik"\nextra: x\n---\nText med <Term id="bvc" />.\n\n';
    expect(formatFrontmatterEntry(hand, fields)).toBe(
      '---\ntitle: Rubrik\nkind: nyhet\nyear: \'2019\'\nsources:\n  - a\n  - b\nextra: x\n---\n\nText med <Term id="bvc" />.\n',
    );
    expect(
      formatYamlEntry('- { id: a, title: "T" }\n', [
        {
          name: 'items',
          widget: 'list',
          root: true,
          fields: [
            { name: 'id', widget: 'string' },
            { name: 'title', widget: 'string' },
          ],
        },
      ]),
    ).toBe('- id: a\n  title: T\n');
  });
});
