/**
 * Entry ids come from file names, and ids become addresses (/familjecentraler/mora/).
 * This module turns a file path into an id and refuses what would make a bad or ambiguous one:
 * a name with capitals, spaces or å/ä/ö, and two files that would share an id
 * (mora.md beside mora.mdx), which Astro would otherwise resolve by silently keeping one.
 */
import { formatProblems, type ContentProblem } from './problem.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** "kommuner/mora.mdx" → "kommuner/mora"; the extension never counts. */
export function idFromPath(entry: string): string {
  return entry.replace(/\.[^./]+$/, '');
}

export class EntryIdError extends Error {
  constructor(problem: ContentProblem) {
    super(formatProblems([problem]));
    this.name = 'EntryIdError';
  }
}

/**
 * A generateId function for Astro's glob() loader over `base`. It remembers which file gave
 * each id; `stillExists` lets a renamed file in the dev server reuse its old id.
 */
export function uniqueIdGenerator(base: string, stillExists: (file: string) => boolean) {
  const owner = new Map<string, string>();
  const fileOf = (entry: string) => `${base.replace(/^\.\//, '').replace(/\/$/, '')}/${entry}`;
  return ({ entry }: { entry: string }): string => {
    const id = idFromPath(entry);
    if (!ID_PATTERN.test(id)) {
      throw new EntryIdError({
        file: fileOf(entry),
        field: '(file name)',
        received: `"${entry}"`,
        expected:
          'a file name of lower-case letters a–z, digits and hyphens (no å, ä, ö or spaces), because it becomes the address of the page, for example "malung-salen.mdx"',
      });
    }
    const previous = owner.get(id);
    if (previous && previous !== entry && stillExists(fileOf(previous))) {
      throw new EntryIdError({
        file: fileOf(entry),
        field: '(file name)',
        received: `the id "${id}", which ${fileOf(previous)} already has`,
        expected:
          'a file name that no other entry in the folder has, whatever the extension (.md, .mdx, .yaml)',
      });
    }
    owner.set(id, entry);
    return id;
  };
}
