import { describe, expect, it } from 'vitest';
import {
  checkComponentUsage,
  componentUsage,
  siteComponentRules,
  type ComponentRules,
} from './components';
import { parseBody } from './mdx-tree';

const rules: ComponentRules = {
  Term: {
    id: {
      required: true,
      describe: 'the file name (without .yaml) of a term in src/content/glossary/',
      oneOf: () => ['bvc', 'mvc'],
    },
    text: { required: false, describe: 'the words to show' },
  },
};
const body = (text: string, file = 'src/content/guidance/x.mdx') => ({
  file,
  parsed: parseBody(text, file.endsWith('.mdx')),
});

describe('checkComponentUsage', () => {
  it('accepts correct use', () => {
    expect(
      checkComponentUsage([body('Se <Term id="bvc" /> och <Term id="mvc" text="MVC" />.')], rules),
    ).toEqual([]);
  });

  it('reports an unknown prop, naming line and the props that exist', () => {
    expect(checkComponentUsage([body('Rad\n\n<Term ide="bvc" />')], rules)).toEqual([
      {
        file: 'src/content/guidance/x.mdx',
        field: '(body), line 3, <Term ide>',
        received: 'the prop "ide" in <Term ide="bvc" />',
        expected: 'only the props of <Term id="…" [text="…"] />',
      },
      {
        file: 'src/content/guidance/x.mdx',
        field: '(body), line 3, <Term id>',
        received: '<Term ide="bvc" /> without id',
        expected:
          '<Term id="…" [text="…"] />: id is the file name (without .yaml) of a term in src/content/glossary/',
      },
    ]);
  });

  it('reports an expression where a text is expected, an unknown id and an unknown component', () => {
    const problems = checkComponentUsage(
      [body('<Term id={bvc} /> <Term id="bcv" /> <Trem id="bvc" />')],
      rules,
    );
    expect(problems.map((p) => [p.field, p.received, p.expected])).toEqual([
      [
        '(body), line 1, <Term id>',
        'id without a quoted text in <Term id={…} />',
        'id="…", the file name (without .yaml) of a term in src/content/glossary/',
      ],
      [
        '(body), line 1, <Term id>',
        '"bcv", which does not exist',
        'the file name (without .yaml) of a term in src/content/glossary/, for example bvc',
      ],
      ['(body), line 1, <Trem>', 'a component called Trem', 'one of the components <Term>'],
    ]);
  });

  it('catches an unknown id in a tag written over two lines, and leaves a tag in code alone', () => {
    const problems = checkComponentUsage(
      [body('Text `<Term id="i-kod" />` här.\n\nOch <Term\n  id="mvcc"\n/> där.')],
      rules,
    );
    expect(problems.map((p) => [p.field, p.received])).toEqual([
      ['(body), line 3, <Term id>', '"mvcc", which does not exist'],
    ]);
  });

  it('leaves .md files alone (they cannot hold components)', () => {
    expect(checkComponentUsage([body('<Trem />', 'src/content/news/a.md')], rules)).toEqual([]);
  });
});

describe('componentUsage', () => {
  it('writes a component that stands alone as one tag, and the box that wraps a role’s text around its text', () => {
    const usage = componentUsage(siteComponentRules([]));
    expect(usage.Term).toBe('<Term id="…" [text="…"] />');
    expect(usage.RoleBox).toBe('<RoleBox>…</RoleBox>');
  });

  it('accepts the box around Markdown with its own heading and list, and reports a prop it does not take', () => {
    const site = siteComponentRules(['bvc']);
    const text = '<RoleBox>\n\n### BVC\n\n- Se <Term id="bvc" />.\n\n</RoleBox>';
    expect(checkComponentUsage([body(text)], site)).toEqual([]);
    expect(
      checkComponentUsage([body('<RoleBox title="BVC">\n\nText\n\n</RoleBox>')], site).map((p) => [
        p.field,
        p.expected,
      ]),
    ).toEqual([['(body), line 1, <RoleBox title>', 'only the props of <RoleBox>…</RoleBox>']]);
  });
});
