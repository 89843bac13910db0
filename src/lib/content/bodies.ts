/**
 * Each content body is parsed once per build (mdx-tree.ts), and the one tree serves the link
 * check, the component check, the headings of chapters and the Word templates; a body of plain
 * prose gets its tree without the parser. A body that is not valid MDX is a content problem with
 * its file and line, like any other.
 */
import type { CheckedBody } from './links';
import { fileOf, type ContentProblem, type PlainEntry } from './problem';
import { bodyLineOffset, MdxSyntaxError, parseBody, plainTree } from './mdx-tree';

export interface ParsedBodies {
  /** By "collection/id". */
  bodies: Map<string, CheckedBody>;
  problems: ContentProblem[];
}

export const bodyKey = (entry: { collection: string; id: string }) =>
  `${entry.collection}/${entry.id}`;

/** Parses every entry that has a body; `readFile` gives the file's text, for line numbers. */
export function parseBodies(
  entries: readonly PlainEntry[],
  readFile: (path: string) => string,
): ParsedBodies {
  const bodies = new Map<string, CheckedBody>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.body === undefined || !entry.filePath) continue;
    const file = fileOf(entry);
    try {
      // Plain prose has no line to report, so its file is not read again for line numbers.
      const plain = plainTree(entry.body);
      const parsed = plain
        ? { tree: plain, lineOffset: 0 }
        : parseBody(
            entry.body,
            file.endsWith('.mdx'),
            bodyLineOffset(readFile(entry.filePath), entry.body),
          );
      bodies.set(bodyKey(entry), { file, parsed });
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      problems.push({
        file,
        field: `(body)${error.line ? `, line ${error.line}` : ''}`,
        received: `MDX that cannot be read: ${error.reason}`,
        expected:
          'text, Markdown and the site’s components written <Name prop="…" />, with every tag closed',
      });
    }
  }
  return { bodies, problems };
}
