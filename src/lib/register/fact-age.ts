/**
 * How old the fact behind a centre's status is: the one age every channel tells (the page, the
 * card, the map, the figures, the translated pages, the calendar feed and the open data). The age
 * is the newest dated fact that supports the status the centre has now (an event's own date, or
 * else its source's), so a status told again by a newer source grows younger; undated sources that
 * tell the same are kept beside it, never taken for newer. Pure.
 */
import { EVENT_STATUS, type CentreStatus } from '../../schemas/centre-vocabulary.ts';
import { isKnown, newest, olderThan } from '../../schemas/partial-date.ts';
import type { EventFact } from '../../schemas/centre-events.ts';

/** A status older than this many years is told as of then, not as today's. */
export const STALE_AFTER_YEARS = 2;

/**
 * "ny": the newest supporting fact is at most two years old; "aldre": it is older; "odaterad": no
 * supporting fact has a date (the status rests on undated sources only).
 */
export type AgeState = 'ny' | 'aldre' | 'odaterad';
export const AGE_STATES: readonly AgeState[] = ['ny', 'aldre', 'odaterad'];

export interface FactAge {
  state: AgeState;
  /** The newest supporting fact's date (a partial date); undefined when "odaterad". */
  date?: string;
  /** The source of that fact, or of the newest supporting event when none is dated. */
  source: string;
  /** Undated sources that tell the same status (their date is unknown, so never "newer"). */
  undated: string[];
}

/**
 * The events that support the status the centre has now: those after the last event that set
 * another status, which set this one (events are written oldest first).
 */
export function supportingEvents(status: CentreStatus, events: readonly EventFact[]): EventFact[] {
  const setting = events.filter((e) => EVENT_STATUS[e.event] !== null);
  let start = setting.length;
  for (const e of [...setting].reverse()) {
    if (EVENT_STATUS[e.event] !== status) break;
    start--;
  }
  return setting.slice(start);
}

/** An event's date as a fact: its own date, or else the date of the source that tells it. */
export function eventDate(
  event: EventFact,
  sourceDate: (id: string) => string,
): string | undefined {
  if (isKnown(event.date)) return event.date;
  const told = sourceDate(event.source);
  return isKnown(told) ? told : undefined;
}

/** The age of a centre's status on `today`; undefined when no event supports it (the schema refuses such an entry). */
export function statusAge(
  status: CentreStatus,
  events: readonly EventFact[],
  sourceDate: (id: string) => string,
  today: Date,
): FactAge | undefined {
  const support = supportingEvents(status, events);
  if (support.length === 0) return undefined;
  const dated = support.flatMap((e) => {
    const date = eventDate(e, sourceDate);
    return date ? [{ date, source: e.source }] : [];
  });
  const undated = [
    ...new Set(support.filter((e) => !eventDate(e, sourceDate)).map((e) => e.source)),
  ];
  const date = newest(dated.map((d) => d.date));
  const newestFact = dated.find((d) => d.date === date);
  if (!date || !newestFact) return { state: 'odaterad', source: support.at(-1)!.source, undated };
  return {
    state: olderThan(date, today, STALE_AFTER_YEARS) ? 'aldre' : 'ny',
    date,
    source: newestFact.source,
    undated: undated.filter((id) => id !== newestFact.source),
  };
}

/** True when the age is not today's: older than two years, or undated. */
export const isOld = (age: Pick<FactAge, 'state'>) => age.state !== 'ny';

/**
 * The age of a week's programme, from its sessions' sources: the newest dated one; "odaterad"
 * when none is dated. Undefined without sessions.
 */
export function programmeAge(
  sources: readonly { id: string; date: string }[],
  today: Date,
): FactAge | undefined {
  const [first] = sources;
  if (!first) return undefined;
  const date = newest(sources.map((s) => s.date));
  const newestSource = sources.find((s) => s.date === date);
  const undated = [...new Set(sources.filter((s) => !isKnown(s.date)).map((s) => s.id))];
  if (!date || !newestSource) return { state: 'odaterad', source: first.id, undated };
  return {
    state: olderThan(date, today, STALE_AFTER_YEARS) ? 'aldre' : 'ny',
    date,
    source: newestSource.id,
    undated,
  };
}
