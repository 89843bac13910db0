/**
 * What goes wrong in content, and how the build says it: the file, the field, what was received
 * and what is expected. Every check returns these; the build prints them all at once and stops.
 */

/** An entry as the checks read it: no Astro types. */
export interface PlainEntry {
  collection: string;
  id: string;
  /** Path of the entry's file relative to the project, when it has one. */
  filePath?: string;
  data: unknown;
  body?: string;
}

/** An entry whose data a check reads: the collection's typed entries fit, and so do a test's plain objects. */
export type EntryOf<D> = Omit<PlainEntry, 'data'> & { data: D };

export interface ContentProblem {
  file: string;
  field: string;
  received: string;
  expected: string;
}

/** The file an editor opens to fix an entry. */
export function fileOf(entry: PlainEntry): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}

/** The message an editor sees when the build stops. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map(
    (p) =>
      `- ${p.file}\n    field: ${p.field}\n    received: ${p.received}\n    expected: ${p.expected}`,
  );
  return `The content has ${problems.length} ${problems.length === 1 ? 'error' : 'errors'}. Fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n${lines.join('\n')}`;
}

// Written without a parameter property, so that Node loads this file as it is (the Astro
// configuration imports it through site-config.ts, and Node strips only erasable TypeScript).
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'ContentError';
    // The message is the whole story; a stack trace would only hide it from an editor.
    this.stack = `${this.name}: ${this.message}`;
  }
}
