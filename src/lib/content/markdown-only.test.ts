import { describe, expect, it } from 'vitest';
import { checkMarkdownOnly } from './markdown-only';
import { parseBody } from './mdx-tree';

const body = (text: string, file: string, lineOffset = 0) => ({
  file,
  parsed: parseBody(text, file.endsWith('.mdx'), lineOffset),
});

describe('checkMarkdownOnly', () => {
  it('stops HTML in a .md file with its file, line and what it says', () => {
    expect(
      checkMarkdownOnly([
        body('Text.\n\nRing <a href="/kontakt/">oss</a>.', 'src/content/centres/x.md', 10),
      ]),
    ).toEqual([
      {
        file: 'src/content/centres/x.md',
        field: '(body), line 13',
        received: 'HTML in a .md file: "<a href=\\"/kontakt/\\">"',
        expected:
          'Markdown text, lists and links written [text](/address/); HTML, tables and the site’s components only in .mdx files',
      },
      {
        file: 'src/content/centres/x.md',
        field: '(body), line 13',
        received: 'HTML in a .md file: "</a>"',
        expected:
          'Markdown text, lists and links written [text](/address/); HTML, tables and the site’s components only in .mdx files',
      },
    ]);
  });

  it('stops a table in a .md file, naming its first row, and a long piece of HTML shortened', () => {
    const [table, block] = checkMarkdownOnly([
      body(
        `| Dag | Tid |\n|---|---|\n| Måndag | 9–12 |\n\n<div>${'x'.repeat(80)}</div>`,
        'src/content/kommunprofiler/x.md',
      ),
    ]);
    expect(table).toMatchObject({
      field: '(body), line 1',
      received: 'a table in a .md file: "Dag | Tid"',
    });
    expect(block?.received).toBe(`HTML in a .md file: "<div>${'x'.repeat(55)}…"`);
  });

  it('accepts Markdown links, lists and emphasis in .md, and HTML and tables in .mdx', () => {
    expect(
      checkMarkdownOnly([
        body('Se [sidan](/vagledning/), *här*.\n\n- en\n- två', 'src/content/centres/x.md'),
        body('<a href="/x/">x</a>\n\n| a |\n|---|\n| b |', 'src/content/guidance/x.mdx'),
      ]),
    ).toEqual([]);
  });
});
