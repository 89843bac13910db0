/**
 * The line under a centre's status that says as of when, and by whom, the status is known:
 * "Senast kända uppgift: maj 2025 (Borlänge kommun).", or for an old status
 * "Läget 2019 enligt Region Dalarnas kartläggning – senare uppgift saknas.". Pure.
 */
import { isStale, newestKnown, statusAsOf, STALE_AFTER_YEARS, type EventFact } from './status';
import { newest, olderThan } from '../../schemas/partial-date';
import { formatDate } from '../format';
import { monthOf, teller, type SourceRef } from '../source-view';

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

export function statusLine(
  events: readonly EventFact[],
  source: (id: string) => SourceRef,
  today: Date,
): StatusLine {
  const asOf = statusAsOf(events, (id) => source(id).date);
  if (!asOf)
    return { stale: true, text: 'Statusen saknar daterad källa.', short: 'Läget: datum saknas' };
  const told = source(asOf.source);
  if (asOf.date === undefined) {
    const read = told.accessed ? `, läst ${formatDate(told.accessed)}` : '';
    const dated = newestKnown(events, (id) => source(id).date);
    const newest = dated
      ? ` Senaste daterade uppgift: ${monthOf(dated.date)} (${teller(source(dated.source))}).`
      : '';
    return {
      stale: true,
      newestDate: dated?.date,
      text: `Statusen bygger på en uppgift utan datum (${teller(told)}${read}).${newest}`,
      short: dated ? `Senast daterat ${monthOf(dated.date)}` : 'Läget: datum saknas',
    };
  }
  if (isStale(asOf, today)) {
    return {
      stale: true,
      date: asOf.date,
      newestDate: asOf.date,
      text: `Läget ${monthOf(asOf.date)} enligt ${told.short} – senare uppgift saknas.`,
      short: `Läget ${monthOf(asOf.date)}`,
    };
  }
  return {
    stale: false,
    date: asOf.date,
    newestDate: asOf.date,
    text: `Senast kända uppgift: ${monthOf(asOf.date)} (${teller(told)}).`,
  };
}

/**
 * Above a week's programme known only from old or undated sources: "Programmet bygger på en
 * uppgift från oktober 2023. Fråga familjecentralen eller kommunen innan du går dit." Undefined
 * when one of the sources is recent.
 */
export function oldWeekNote(sourceDates: readonly string[], today: Date): string | undefined {
  if (sourceDates.length === 0) return undefined;
  const latest = newest(sourceDates);
  if (latest !== undefined && !olderThan(latest, today, STALE_AFTER_YEARS)) return undefined;
  return `Programmet bygger på ${latest ? `en uppgift från ${monthOf(latest)}` : 'en uppgift utan datum'}. Fråga familjecentralen eller kommunen innan du går dit.`;
}
