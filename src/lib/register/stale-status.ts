/**
 * Which centres' statuses rest on a source more than two years old, or on an undated one, for
 * `npm run check:content`: the owner then knows to look for a newer source. Pure; only imports
 * modules with file extensions, so the Node script can load it directly.
 */
import type { CentreStatus } from '../../schemas/centre-vocabulary.ts';
import type { EventFact } from './status.ts';
import { statusAge } from './fact-age.ts';

export interface StatusEntry {
  file: string;
  title: string;
  owner: string;
  status: CentreStatus;
  events: EventFact[];
}

export interface StaleStatus extends StatusEntry {
  /** The date of the newest fact behind the status (fact-age.ts), or undefined when none is dated. */
  asOf: string | undefined;
  source: string;
}

export function staleStatuses(
  entries: readonly StatusEntry[],
  sourceDate: (id: string) => string,
  today: Date,
): StaleStatus[] {
  return entries.flatMap((entry) => {
    const age = statusAge(entry.status, entry.events, sourceDate, today);
    if (!age || age.state === 'ny') return [];
    return [{ ...entry, asOf: age.date, source: age.source }];
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
