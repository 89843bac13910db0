/**
 * Which centres' statuses rest on a source more than two years old, or on an undated one, for
 * `npm run check:content`: the owner then knows to look for a newer source. Pure; only imports
 * modules with file extensions, so the Node script can load it directly.
 */
import { isStale, statusAsOf, type EventFact } from './status.ts';

export interface StatusEntry {
  file: string;
  title: string;
  owner: string;
  status: string;
  events: EventFact[];
}

export interface StaleStatus extends StatusEntry {
  /** When the status is known to hold, or undefined when its source is undated. */
  asOf: string | undefined;
  source: string;
}

export function staleStatuses(
  entries: readonly StatusEntry[],
  sourceDate: (id: string) => string,
  today: Date,
): StaleStatus[] {
  return entries.flatMap((entry) => {
    const asOf = statusAsOf(entry.events, sourceDate);
    if (!asOf || !isStale(asOf, today)) return [];
    return [{ ...entry, asOf: asOf.date, source: asOf.source }];
  });
}

/** The part of the report an owner reads, in Swedish. */
export function formatStaleStatusReport(stale: readonly StaleStatus[]): string {
  const head = `Status äldre än två år eller utan datum: ${stale.length} ${stale.length === 1 ? 'familjecentral' : 'familjecentraler'}. Sök en nyare källa, eller låt sidan visa läget då.`;
  const lines = stale.map(
    (e) =>
      `* ${e.file}\n    ${e.title}: ${e.status}, ${e.asOf ? `läget ${e.asOf}` : 'källan saknar datum'} (${e.source})\n    ansvarig: ${e.owner}`,
  );
  return [head, ...lines].join('\n');
}
