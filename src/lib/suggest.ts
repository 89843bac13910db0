/**
 * Close matches for what an editor mistyped: an id, an address, a glossary term. One rule for
 * every message: a candidate that contains what was written (or whose label does), or is a few
 * edits away from it.
 */

/** Edit distance between two strings: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  // The table of distances between the first i letters of a and the first j of b, row by row.
  const width = b.length + 1;
  const d = Array.from({ length: (a.length + 1) * width }, (_, k) =>
    k < width ? k : k % width === 0 ? k / width : 0,
  );
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, at(i - 2, j - 2) + 1);
      d[i * width + j] = distance;
    }
  }
  return at(a.length, b.length);
}

/**
 * Up to `limit` candidates close to `received`, closest first; with a label ("2062" → "Mora") the
 * label counts too and is shown: "2062 (Mora)".
 */
export function closest(
  received: string,
  candidates: Iterable<string>,
  {
    labels = new Map<string, string>(),
    limit = 3,
  }: { labels?: ReadonlyMap<string, string>; limit?: number } = {},
): string[] {
  const needle = received.toLowerCase();
  const allowed = Math.max(1, Math.floor(received.length / 3));
  return [...candidates]
    .map((id) => {
      const label = labels.get(id)?.toLowerCase() ?? '';
      const lower = id.toLowerCase();
      const contains = needle.length > 1 && (lower.includes(needle) || label.includes(needle));
      return { id, distance: contains ? 0 : editDistance(needle, lower) };
    })
    .filter((c) => c.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => (labels.has(id) ? `${id} (${labels.get(id)})` : id));
}
