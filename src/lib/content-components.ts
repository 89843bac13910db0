/**
 * Components written in MDX content (<Term id="bvc" />) are checked before anything is built:
 * the component must exist, its props must be known and of the right kind, and a glossary id
 * must be a term. A mistake stops the build naming file, line and prop.
 */
import type { ContentProblem, PlainEntry } from './integrity';
import { closestAddresses } from './content-links';
import { proseLines } from './prose-lines';

interface PropRule {
  required: boolean;
  /** What a valid value looks like, for the message. */
  describe: string;
  /** Valid values, when the prop names an entry. */
  oneOf?: () => readonly string[];
}

export type ComponentRules = Record<string, Record<string, PropRule>>;

export interface ComponentUse {
  name: string;
  /** Prop name → its literal string value, or null when written as an expression ({…}) or bare. */
  props: Map<string, string | null>;
  line: number;
  source: string;
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g;
const ATTRIBUTE = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\})))?/g;

/** Capitalised tags in an MDX body, i.e. components, with their props and line. */
export function componentsIn(body: string): ComponentUse[] {
  return proseLines(body).flatMap(({ text, line }) =>
    [...text.matchAll(TAG)].map((match) => {
      const props = new Map<string, string | null>();
      for (const attr of match[2].matchAll(ATTRIBUTE)) props.set(attr[1], attr[2] ?? attr[3] ?? null);
      return { name: match[1], props, line, source: match[0] };
    }),
  );
}

export function checkComponentUsage(entries: readonly PlainEntry[], rules: ComponentRules): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const usage = (name: string) =>
    `<${name} ${Object.entries(rules[name])
      .map(([prop, rule]) => (rule.required ? `${prop}="…"` : `[${prop}="…"]`))
      .join(' ')} />`;
  for (const entry of entries) {
    if (!entry.body || !entry.filePath?.endsWith('.mdx')) continue;
    for (const use of componentsIn(entry.body)) {
      const problem = (field: string, received: string, expected: string) =>
        problems.push({ file: entry.filePath!, field: `(body), line ${use.line}, ${field}`, received, expected });
      const propRules = rules[use.name];
      if (!propRules) {
        problem(`<${use.name}>`, `a component called ${use.name}`, `one of the components ${Object.keys(rules).map((n) => `<${n}>`).join(', ')}`);
        continue;
      }
      for (const [prop, value] of use.props) {
        const rule = propRules[prop];
        if (!rule) {
          problem(`<${use.name} ${prop}>`, `the prop "${prop}" in ${use.source}`, `only the props of ${usage(use.name)}`);
        } else if (value === null) {
          problem(`<${use.name} ${prop}>`, `${prop} without a quoted text in ${use.source}`, `${prop}="…", ${rule.describe}`);
        } else if (rule.oneOf && !rule.oneOf().includes(value)) {
          const hints = closestAddresses(value, rule.oneOf());
          problem(`<${use.name} ${prop}>`, `"${value}", which does not exist`, `${rule.describe}${hints.length ? `, for example ${hints.join(', ')}` : ''}`);
        }
      }
      for (const [prop, rule] of Object.entries(propRules)) {
        if (rule.required && !use.props.has(prop)) problem(`<${use.name} ${prop}>`, `${use.source} without ${prop}`, `${usage(use.name)}: ${prop} is ${rule.describe}`);
      }
    }
  }
  return problems;
}

/** The rules for the components in src/lib/mdx-components.ts, given the site's glossary ids. */
export function siteComponentRules(glossaryIds: readonly string[]): ComponentRules {
  return {
    Term: {
      id: { required: true, describe: 'the file name (without .yaml) of a term in src/content/glossary/', oneOf: () => glossaryIds },
      text: { required: false, describe: 'the words to show in the text, when they differ from the term' },
    },
    Fill: {
      label: { required: true, describe: 'what to fill in there, in lower case, for example "kommunens namn"' },
    },
  };
}
