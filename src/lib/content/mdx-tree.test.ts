import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'unist';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  bodyLineOffset,
  componentsOf,
  headingsOf,
  linksOf,
  MdxSyntaxError,
  parseBody,
  plainTree,
} from './mdx-tree';

describe('the parsed body', () => {
  it('counts lines from the top of the file, frontmatter included', () => {
    const file = readFileSync('src/content/guidance/vardegrund.mdx', 'utf8');
    // Astro's body starts after the frontmatter's closing line, without the blank line after it.
    const body = file.replace(/^---\n[\s\S]*?\n---\n\n/, '');
    const parsed = parseBody(body, true, bodyLineOffset(file, body));
    const line = file.split('\n').findIndex((l) => l.includes('<Term id="bvc" />')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(componentsOf(parsed).find((c) => c.props.get('id') === 'bvc')?.line).toBe(line);
    expect(bodyLineOffset('---\na: 1\nb: 2\n---\n\nText')).toBe(4);
  });

  it('gives headings the ids the page gives them', () => {
    expect(
      headingsOf(
        parseBody(
          '## 1. Samtal och omvärldsbevakning\n\n## Hur lång tid tar det?\n\n## Hur lång tid tar det?',
          true,
        ),
      ).map((h) => h.slug),
    ).toEqual(['1-samtal-och-omvärldsbevakning', 'hur-lång-tid-tar-det', 'hur-lång-tid-tar-det-1']);
  });

  it('reports MDX that cannot be read, with the file’s line', () => {
    // The unclosed tag is on the text's third line, and ten lines of frontmatter come before the text.
    const thrown = (() => {
      try {
        parseBody('Text\n\n<Term id="bvc"', true, 10);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(MdxSyntaxError);
    expect((thrown as MdxSyntaxError).line).toBe(13);
    // The reason without the parser's place (the text's line, not the file's) or its rule's name.
    expect((thrown as MdxSyntaxError).reason).toMatch(/^(Unexpected|Expected) /);
    expect((thrown as MdxSyntaxError).reason).not.toMatch(/mdx-jsx|^\d+:\d+/);
  });

  it('reads a body that starts with a thematic break as text, not frontmatter', () => {
    const { tree } = parseBody('---\n\nText after a rule [link](/x/).', false);
    expect(tree.children.map((n) => n.type)).toEqual(['thematicBreak', 'paragraph']);
  });
});

describe('plain prose, read without the parser', () => {
  /** A tree without the parser's positions, to compare with one made without parsing. */
  const bare = (node: Node): unknown =>
    Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => key !== 'position')
        .map(([key, value]) => [key, Array.isArray(value) ? value.map(bare) : value]),
    );
  const parsed = (body: string, isMdx = true) => {
    // The parser itself, for a text the fast path would take.
    const withMarker = parseBody(`${body}\n\n<br />`, isMdx).tree;
    const tree: Root = { ...withMarker, children: withMarker.children.slice(0, -1) };
    return bare(tree);
  };
  const texts = (dir: string): [string, string][] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.mdx?$/.test(d.name))
      .map((d) => join(d.parentPath, d.name))
      .map((file) => [file, readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')]);

  it('gives every plain text in the content the tree the parser gives it', () => {
    const all = [...texts('src/content'), ...texts('tests/fixtures')];
    const plain = all.filter(([, body]) => plainTree(body));
    // Most centre and kommun texts are plain prose; this test means nothing if none were.
    expect(plain.length).toBeGreaterThan(10);
    for (const [file, body] of plain) expect(bare(plainTree(body)!), file).toEqual(parsed(body));
  });

  it('keeps the parser’s tree for paragraphs, line breaks and spaces', () => {
    for (const body of [
      '',
      'En rad.',
      '\n\nFörsta stycket\nmed två rader.  Två mellanslag inuti.\n \n\n  Andra stycket (1177), kl. 9–12!\t\n',
      'Ett stycke\u00a0med hårt mellanslag\u00a0',
    ]) {
      expect(plainTree(body), JSON.stringify(body)).toBeDefined();
      expect(bare(plainTree(body)!), JSON.stringify(body)).toEqual(parsed(body));
    }
  });

  it('parses every text with anything the parser reads as more than text', () => {
    for (const body of [
      'Se [kapitlet](/vagledning/).',
      'Fråga <Term id="bvc" />.',
      'Ett {uttryck}.',
      '## Rubrik',
      'Rubrik\n======',
      'Rubrik\n---',
      'Rad  \nbryts',
      'Läs på https://www.1177.se eller www.1177.se.',
      'Skriv till info@example.se.',
      'import x from "y"',
      '1. Första',
      '- punkt',
      '> citat',
      'A & B',
      'Ett \\* tecken',
      '*betonat*',
      '    kod',
      'a | b\n--|--',
    ])
      expect(plainTree(body), body).toBeUndefined();
  });

  it('finds no link, component or heading in a plain text, as the parser does not', () => {
    const body = readFileSync('src/content/centres/mora.md', 'utf8').replace(
      /^---\n[\s\S]*?\n---\n/,
      '',
    );
    const fast = parseBody(body, true);
    expect(plainTree(body)).toBeDefined();
    expect([linksOf(fast), componentsOf(fast), headingsOf(fast)]).toEqual([[], [], []]);
  });
});
