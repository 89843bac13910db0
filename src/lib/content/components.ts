/**
 * Components written in MDX content (<Term id="bvc" />) are checked before anything is built:
 * the component must exist, its props must be known and of the right kind, and a glossary id
 * must be a term. A mistake stops the build naming file, line and prop. Components are read from
 * the body's one parsed tree, so a tag over several lines counts and a tag in `code` does not.
 */
import { idExpected } from '../../schemas/ids';
import type { ContentProblem } from './problem';
import type { CheckedBody } from './links';
import { componentsOf } from './mdx-tree';
import { closest } from '../suggest';

/** The most lines <WriteLines count="…" /> gives a template's answer: more is not an answer box any more. */
export const MAX_WRITE_LINES = 12;

interface PropRule {
  required: boolean;
  /** What a valid value looks like, for the message. */
  describe: string;
  /** Valid values, when the prop names an entry. */
  oneOf?: () => readonly string[];
}

export type ComponentRules = Record<string, Record<string, PropRule>>;

export function checkComponentUsage(
  bodies: readonly CheckedBody[],
  rules: ComponentRules,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const usages = componentUsage(rules);
  const usage = (name: string) => usages[name];
  for (const { file, parsed } of bodies) {
    if (!file.endsWith('.mdx')) continue;
    for (const use of componentsOf(parsed)) {
      const problem = (field: string, received: string, expected: string) =>
        problems.push({ file, field: `(body), line ${use.line}, ${field}`, received, expected });
      const propRules = rules[use.name];
      if (!propRules) {
        problem(
          `<${use.name}>`,
          `a component called ${use.name}`,
          `one of the components ${Object.keys(rules)
            .map((n) => `<${n}>`)
            .join(', ')}`,
        );
        continue;
      }
      for (const [prop, value] of use.props) {
        const rule = propRules[prop];
        if (!rule) {
          problem(
            `<${use.name} ${prop}>`,
            `the prop "${prop}" in ${use.source}`,
            `only the props of ${usage(use.name)}`,
          );
        } else if (value === null) {
          problem(
            `<${use.name} ${prop}>`,
            `${prop} without a quoted text in ${use.source}`,
            `${prop}="…", ${rule.describe}`,
          );
        } else if (rule.oneOf && !rule.oneOf().includes(value)) {
          const hints = closest(value, rule.oneOf(), { limit: 2 });
          problem(
            `<${use.name} ${prop}>`,
            `"${value}", which does not exist`,
            `${rule.describe}${hints.length ? `, for example ${hints.join(', ')}` : ''}`,
          );
        }
      }
      for (const [prop, rule] of Object.entries(propRules)) {
        if (rule.required && !use.props.has(prop))
          problem(
            `<${use.name} ${prop}>`,
            `${use.source} without ${prop}`,
            `${usage(use.name)}: ${prop} is ${rule.describe}`,
          );
      }
    }
  }
  return problems;
}

/** Components that wrap Markdown instead of standing alone: `<RoleBox>…</RoleBox>`. */
const WRAPPERS: ReadonlySet<string> = new Set(['RoleBox']);

/** How each component is written: `<Term id="…" [text="…"] />`, or `<RoleBox>…</RoleBox>` for one that wraps text. */
export function componentUsage(rules: ComponentRules): Record<string, string> {
  return Object.fromEntries(
    Object.entries(rules).map(([name, props]) => {
      const tag = [
        name,
        ...Object.entries(props).map(([prop, rule]) =>
          rule.required ? `${prop}="…"` : `[${prop}="…"]`,
        ),
      ].join(' ');
      return [name, WRAPPERS.has(name) ? `<${tag}>…</${name}>` : `<${tag} />`];
    }),
  );
}

/** The rules for the components editors may use in MDX (src/components/mdx-components.ts), given the site's glossary and template ids. */
export function siteComponentRules(
  glossaryIds: readonly string[],
  templateIds: readonly string[] = [],
): ComponentRules {
  return {
    Term: {
      id: {
        required: true,
        describe: idExpected('glossary'),
        oneOf: () => glossaryIds,
      },
      text: {
        required: false,
        describe: 'the words to show in the text, when they differ from the term',
      },
    },
    Fill: {
      label: {
        required: true,
        describe: 'what to fill in there, in lower case, for example "kommunens namn"',
      },
    },
    // The region's name from region.yaml; takes nothing.
    RegionName: {},
    // A box around one role's summary (its own ### heading and list); takes no props.
    RoleBox: {},
    // A template's page and Word file, with the file's size measured at build.
    TemplateLink: {
      id: {
        required: true,
        describe: idExpected('templates'),
        oneOf: () => templateIds,
      },
    },
    // What a form filled in on paper needs (templates only; src/lib/templates/markdown.ts).
    Choices: {},
    WriteLine: {},
    WriteLines: {
      count: {
        required: true,
        describe: `how many lines to write on, a whole number from 1 to ${MAX_WRITE_LINES}`,
        oneOf: () => Array.from({ length: MAX_WRITE_LINES }, (_, i) => String(i + 1)),
      },
    },
    Signature: {
      party: {
        required: true,
        describe: 'who signs, for example "För kommunen"',
      },
    },
  };
}
