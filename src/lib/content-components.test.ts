import { describe, expect, it } from 'vitest';
import { checkComponentUsage, componentsIn, type ComponentRules } from './content-components';

const rules: ComponentRules = {
  Term: {
    id: { required: true, describe: 'the file name (without .yaml) of a term in src/content/glossary/', oneOf: () => ['bvc', 'mvc'] },
    text: { required: false, describe: 'the words to show' },
  },
};
const entry = (body: string) => ({ collection: 'guidance', id: 'x', filePath: 'src/content/guidance/x.mdx', data: {}, body });

describe('componentsIn', () => {
  it('reads tags, props and lines, and skips fenced code and HTML', () => {
    const uses = componentsIn('<p>Text</p>\n<Term id="bvc" text=\'barnhälsovård\' />\n```\n<Term id="x" />\n```\n<Term id={x} />');
    expect(uses.map((u) => [u.name, Object.fromEntries(u.props), u.line])).toEqual([
      ['Term', { id: 'bvc', text: 'barnhälsovård' }, 2],
      ['Term', { id: null }, 6],
    ]);
  });
});

describe('checkComponentUsage', () => {
  it('accepts correct use', () => {
    expect(checkComponentUsage([entry('Se <Term id="bvc" /> och <Term id="mvc" text="MVC" />.')], rules)).toEqual([]);
  });

  it('reports an unknown prop, naming line and the props that exist', () => {
    expect(checkComponentUsage([entry('Rad\n<Term ide="bvc" />')], rules)).toEqual([
      {
        file: 'src/content/guidance/x.mdx',
        field: '(body), line 2, <Term ide>',
        received: 'the prop "ide" in <Term ide="bvc" />',
        expected: 'only the props of <Term id="…" [text="…"] />',
      },
      {
        file: 'src/content/guidance/x.mdx',
        field: '(body), line 2, <Term id>',
        received: '<Term ide="bvc" /> without id',
        expected: '<Term id="…" [text="…"] />: id is the file name (without .yaml) of a term in src/content/glossary/',
      },
    ]);
  });

  it('reports an expression where a text is expected, an unknown id and an unknown component', () => {
    const problems = checkComponentUsage([entry('<Term id={bvc} /> <Term id="bcv" /> <Trem id="bvc" />')], rules);
    expect(problems.map((p) => [p.field, p.received, p.expected])).toEqual([
      ['(body), line 1, <Term id>', 'id without a quoted text in <Term id={bvc} />', 'id="…", the file name (without .yaml) of a term in src/content/glossary/'],
      ['(body), line 1, <Term id>', '"bcv", which does not exist', 'the file name (without .yaml) of a term in src/content/glossary/, for example bvc'],
      ['(body), line 1, <Trem>', 'a component called Trem', 'one of the components <Term>'],
    ]);
  });

  it('leaves .md files alone (they cannot hold components)', () => {
    expect(checkComponentUsage([{ ...entry('<Trem />'), filePath: 'src/content/news/a.md' }], rules)).toEqual([]);
  });
});
