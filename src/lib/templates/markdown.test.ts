import { describe, expect, it } from 'vitest';
import { checkTemplates, parseTemplate, plainText } from './markdown';
import { parseBody } from '../content/mdx-tree';

describe('parseTemplate', () => {
  it('reads headings, paragraphs with marks and fill-in places, lists and tables', () => {
    const body = [
      '## 1. Parter',
      '',
      'Mellan <Fill label="kommunens namn" /> och **regionen**, *nedan* parterna.',
      '',
      '1. Första',
      '2. Andra <Fill label="datum" />',
      '3. <Fill label="bilaga" />',
      '',
      '| Part | Roll |',
      '| --- | --- |',
      '| Kommunen | <Fill label="roll" /> |',
      '',
      '<Fill label="bakgrund" />',
    ].join('\n');
    expect(parseTemplate(body, 'x.mdx')).toEqual([
      { type: 'heading', level: 2, content: [{ type: 'text', text: '1. Parter' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Mellan ' },
          { type: 'fill', label: 'kommunens namn' },
          { type: 'text', text: ' och ' },
          { type: 'text', text: 'regionen', bold: true },
          { type: 'text', text: ', ' },
          { type: 'text', text: 'nedan', italic: true },
          { type: 'text', text: ' parterna.' },
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [
          [{ type: 'text', text: 'Första' }],
          [
            { type: 'text', text: 'Andra ' },
            { type: 'fill', label: 'datum' },
          ],
          [{ type: 'fill', label: 'bilaga' }],
        ],
      },
      {
        type: 'table',
        header: [[{ type: 'text', text: 'Part' }], [{ type: 'text', text: 'Roll' }]],
        rows: [[[{ type: 'text', text: 'Kommunen' }], [{ type: 'fill', label: 'roll' }]]],
      },
      { type: 'paragraph', content: [{ type: 'fill', label: 'bakgrund' }] },
    ]);
  });

  it('reads a form’s answers to tick, its lines to write on and its signatures', () => {
    const body = [
      '<Choices>',
      '- Ja.',
      '- Något annat, skriv vad: <WriteLine />',
      '</Choices>',
      '',
      '<WriteLines count="4" />',
      '',
      '<Signature party="För kommunen" />',
    ].join('\n');
    expect(parseTemplate(body, 'x.mdx')).toEqual([
      {
        type: 'choices',
        items: [
          [{ type: 'text', text: 'Ja.' }],
          [{ type: 'text', text: 'Något annat, skriv vad: ' }, { type: 'line' }],
        ],
      },
      { type: 'lines', count: 4 },
      { type: 'signature', party: 'För kommunen' },
    ]);
  });

  it('refuses a form’s parts written wrongly, naming file and line', () => {
    expect(() => parseTemplate('<Choices>\n1. Ett\n</Choices>', 'x.mdx')).toThrow(
      /line 1\n {4}received: <Choices> around something other than one list with dashes/,
    );
    expect(() => parseTemplate('Text\n\n<WriteLines count="40" />', 'x.mdx')).toThrow(
      /line 3\n {4}received: <WriteLines> without count="1" to count="12"/,
    );
    expect(() => parseTemplate('<WriteLines />', 'x.mdx')).toThrow(/<WriteLines> without count/);
    expect(() => parseTemplate('<Signature />', 'x.mdx')).toThrow(/<Signature> without party="…"/);
  });

  it('refuses what the Word document could not show, naming file and line', () => {
    expect(() => parseTemplate('Text\n\n<Term id="bvc" />', 'src/content/templates/x.mdx')).toThrow(
      /- src\/content\/templates\/x\.mdx\n {4}field: \(body\), line 3\n {4}received: the tag <Term>/,
    );
    expect(() => parseTemplate('```\nkod\n```', 'x.mdx')).toThrow(/received: a code element/);
  });
});

describe('plainText', () => {
  it('reads fill-in places in brackets and folds white space', () => {
    expect(
      plainText([
        { type: 'text', text: 'Ort:  ' },
        { type: 'fill', label: 'ort' },
      ]),
    ).toBe('Ort: [ort]');
  });
});

describe('checkTemplates', () => {
  it('reports each template that could not become a Word document, and passes the others', () => {
    const problems = checkTemplates([
      {
        file: 'src/content/templates/ok.mdx',
        parsed: parseBody('## Rubrik\n\nText <Fill label="ort" />.', true),
      },
      // Lines count from the top of the file: 5 lines of frontmatter come before the body.
      { file: 'src/content/templates/bad.mdx', parsed: parseBody('Text\n\n> Ett citat', true, 5) },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'src/content/templates/bad.mdx',
        field: '(body), line 8',
        received: 'a blockquote element',
      }),
    ]);
  });
});
