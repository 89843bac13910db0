/**
 * Checks that hold across entries and collections, which a single entry's schema cannot see:
 * references to entries that do not exist, chapter positions used twice, empty chapters.
 * Astro only logs a broken reference; this makes it stop the build, naming file and field.
 */

export interface PlainEntry {
  collection: string;
  id: string;
  /** Path of the entry's file relative to the project, when it has one. */
  filePath?: string;
  data: unknown;
  body?: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  received: string;
  expected: string;
}

/** How to describe a valid id of each collection to an editor. */
const EXPECTED_ID: Record<string, string> = {
  kommuner: 'an official four-digit kommun code',
  sources: 'the id (file name without .yaml) of a source in src/content/sources/',
  glossary: 'the id (file name without .yaml) of a term in src/content/glossary/',
  lan: 'an official two-digit län code',
};

interface Reference {
  field: string;
  collection: string;
  id: string;
}

/** Finds `{ collection, id }` objects (what Astro's reference() produces) anywhere in an entry's data. */
export function findReferences(value: unknown, path = ''): Reference[] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => findReferences(item, `${path}[${i}]`));
  const record = value as Record<string, unknown>;
  if (typeof record.collection === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) {
    return [{ field: path, collection: record.collection, id: record.id }];
  }
  return Object.entries(record).flatMap(([key, item]) => findReferences(item, path ? `${path}.${key}` : key));
}

function fileOf(entry: PlainEntry): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}

/** Suggests up to three valid ids close to what the editor wrote. */
export function suggest(received: string, valid: readonly string[], labels: ReadonlyMap<string, string> = new Map()): string[] {
  const needle = received.toLowerCase();
  const score = (id: string) => {
    const candidate = `${id} ${labels.get(id) ?? ''}`.toLowerCase();
    if (candidate.includes(needle) || needle.includes(id.toLowerCase())) return 0;
    let common = 0;
    while (common < needle.length && common < id.length && needle[common] === id[common].toLowerCase()) common++;
    return 100 - common;
  };
  return [...valid]
    .map((id) => ({ id, score: score(id) }))
    .filter((c) => c.score < 100)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map(({ id }) => (labels.has(id) ? `${id} (${labels.get(id)})` : id));
}

export function checkReferences(entries: readonly PlainEntry[], labels: ReadonlyMap<string, string> = new Map()): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const ref of findReferences(entry.data)) {
      const valid = ids.get(ref.collection);
      if (valid?.has(ref.id)) continue;
      const hints = suggest(ref.id, [...(valid ?? [])], labels);
      problems.push({
        file: fileOf(entry),
        field: ref.field,
        received: `"${ref.id}", which is not in the collection "${ref.collection}"`,
        expected: `${EXPECTED_ID[ref.collection] ?? `an id from the collection "${ref.collection}"`}${hints.length ? `, for example ${hints.join(', ')}` : ''}`,
      });
    }
  }
  return problems;
}

/** Each chapter of the vägledning needs its own position and some text. */
export function checkChapters(chapters: readonly PlainEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byOrder = new Map<number, PlainEntry>();
  for (const chapter of chapters) {
    const order = (chapter.data as { order: number }).order;
    const other = byOrder.get(order);
    if (other) {
      problems.push({
        file: fileOf(chapter),
        field: 'order',
        received: `${order}, which ${fileOf(other)} already uses`,
        expected: 'a position no other chapter has',
      });
    } else byOrder.set(order, chapter);
    if (!chapter.body || chapter.body.trim().length < 50) {
      problems.push({
        file: fileOf(chapter),
        field: '(body)',
        received: `${chapter.body?.trim().length ?? 0} characters of text`,
        expected: 'a chapter text of at least 50 characters below the frontmatter',
      });
    }
  }
  return problems;
}

/**
 * Entries that point to a section of a chapter ({ chapter, section }) must name a heading the
 * chapter has, written exactly as in the chapter.
 */
export function checkSections(entries: readonly PlainEntry[], sections: ReadonlyMap<string, readonly { text: string }[]>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const data = entry.data as { chapter?: { id: string }; section?: string };
    if (!data.chapter || data.section === undefined) continue;
    const headings = sections.get(data.chapter.id) ?? [];
    if (headings.some((h) => h.text === data.section)) continue;
    problems.push({
      file: fileOf(entry),
      // Lists keep many items in one file, so the item's id says which one.
      field: `section (item "${entry.id}")`,
      received: `"${data.section}", which is not a heading in the chapter ${data.chapter.id}`,
      expected: `one of its headings, written exactly: ${headings.map((h) => `"${h.text}"`).join(', ')}`,
    });
  }
  return problems;
}

/** The message an editor sees when the build stops. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map(
    (p) => `- ${p.file}\n    field: ${p.field}\n    received: ${p.received}\n    expected: ${p.expected}`,
  );
  return `The content has ${problems.length} ${problems.length === 1 ? 'error' : 'errors'}. Fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n${lines.join('\n')}`;
}

export class ContentError extends Error {
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}
