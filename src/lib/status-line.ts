/**
 * The line under a centre's status that says as of when, and by whom, the status is known:
 * "Senast kända uppgift: maj 2025 (Borlänge kommun).", or for an old status
 * "Läget 2019 enligt Region Dalarnas kartläggning – senare uppgift saknas.". Pure.
 */
import { isStale, newestKnown, statusAsOf, type EventFact } from './centre-status';
import { formatDate } from './format';
import { monthOf, teller, type SourceRef } from './source-view';

export interface StatusLine {
  /** True when the status is more than two years old, or rests on an undated source. */
  stale: boolean;
  /** When the status holds ("2019", "2024-05-13"); undefined when undated. */
  date?: string;
  /** The newest dated fact about the centre: the status date, or for an undated status the newest dated event or source. */
  newestDate?: string;
  text: string;
  /** A short form for cards: "Läget 2019", "Läget: datum saknas", or undefined for a current status. */
  short?: string;
}

export function statusLine(events: readonly EventFact[], source: (id: string) => SourceRef, today: Date): StatusLine {
  const asOf = statusAsOf(events, (id) => source(id).date);
  if (!asOf) return { stale: true, text: 'Statusen saknar daterad källa.', short: 'Läget: datum saknas' };
  const told = source(asOf.source);
  if (asOf.date === undefined) {
    const read = told.accessed ? `, läst ${formatDate(told.accessed)}` : '';
    const dated = newestKnown(events, (id) => source(id).date);
    const newest = dated ? ` Senaste daterade uppgift: ${monthOf(dated.date)} (${teller(source(dated.source))}).` : '';
    return { stale: true, newestDate: dated?.date, text: `Statusen bygger på en uppgift utan datum (${teller(told)}${read}).${newest}`, short: dated ? `Senast daterat ${monthOf(dated.date)}` : 'Läget: datum saknas' };
  }
  if (isStale(asOf, today)) {
    return { stale: true, date: asOf.date, newestDate: asOf.date, text: `Läget ${monthOf(asOf.date)} enligt ${told.short} – senare uppgift saknas.`, short: `Läget ${monthOf(asOf.date)}` };
  }
  return { stale: false, date: asOf.date, newestDate: asOf.date, text: `Senast kända uppgift: ${monthOf(asOf.date)} (${teller(told)}).` };
}
