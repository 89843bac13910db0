/**
 * A Markdown (.md) text is rendered as it stands, without the site's checks or components: an
 * <a href> written as HTML is neither checked nor given the base path, and a table gets no region
 * that scrolls on a phone (TableScroll.astro). So HTML or a table in a .md file stops the build;
 * Markdown's own links ([text](/address/)) are checked (links.ts) and follow the base path
 * (markdown-links.ts).
 */
import type { ContentProblem } from './problem';
import type { CheckedBody } from './links';
import { mdxOnlyParts } from './mdx-tree';

/** The longest piece of a part a message quotes. */
const QUOTED = 60;

const quote = (text: string) =>
  JSON.stringify(text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text);

export function checkMarkdownOnly(bodies: readonly CheckedBody[]): ContentProblem[] {
  return bodies
    .filter(({ file }) => file.endsWith('.md'))
    .flatMap(({ file, parsed }) =>
      mdxOnlyParts(parsed).map(({ kind, text, line }) => ({
        file,
        field: `(body), line ${line}`,
        received: `${kind === 'html' ? 'HTML' : 'a table'} in a .md file: ${quote(text)}`,
        expected:
          'Markdown text, lists and links written [text](/address/); HTML, tables and the site’s components only in .mdx files',
      })),
    );
}
