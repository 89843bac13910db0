/**
 * Every reference in an entry's data, wherever it sits: what a reference field produces is a
 * `{ collection, id }` object. The reference check and the lists of a page's sources both read
 * the data through this, so a new source field is found without a hand-kept list. Pure.
 */
export interface Reference {
  field: string;
  collection: string;
  id: string;
}

/** Finds `{ collection, id }` objects (what a reference field produces) anywhere in an entry's data. */
export function findReferences(value: unknown, path = ''): Reference[] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => findReferences(item, `${path}[${i}]`));
  const record = value as Record<string, unknown>;
  if (
    typeof record.collection === 'string' &&
    typeof record.id === 'string' &&
    Object.keys(record).length === 2
  ) {
    return [{ field: path, collection: record.collection, id: record.id }];
  }
  return Object.entries(record).flatMap(([key, item]) =>
    findReferences(item, path ? `${path}.${key}` : key),
  );
}
