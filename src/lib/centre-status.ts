/**
 * A centre's status is read from its dated events: the newest event that changes the status
 * must agree with the status written in the entry, and the page says as of when, and from
 * which source, that status is known. Pure; Node scripts load it too (npm run check:content).
 */
import { EVENT_STATUS, type CentreEvent, type CentreStatus } from '../schemas/centre-vocabulary.ts';
import { isKnown, newest, olderThan, surelyBefore } from './partial-date.ts';

export interface EventFact {
  event: CentreEvent;
  /** A partial date, or "okänd". */
  date: string;
  /** The id of the source that tells of the event. */
  source: string;
  note?: string;
}

/** A status older than this many years is shown as of then, not as today's. */
export const STALE_AFTER_YEARS = 2;

/** The newest event that sets a status: the last one, since events are written oldest first. */
export function statusEvent(events: readonly EventFact[]): { event: EventFact; index: number } | undefined {
  for (let index = events.length - 1; index >= 0; index--) {
    if (EVENT_STATUS[events[index].event] !== null) return { event: events[index], index };
  }
  return undefined;
}

export interface EventProblem {
  /** Path inside the entry, as zod writes it: ["events", 2, "date"]. */
  path: (string | number)[];
  message: string;
}

/**
 * What the schema reports about a centre's events: dated events out of order, no event that
 * sets a status, and a status that is not the one the newest such event gives.
 */
export function checkEvents(status: CentreStatus, events: readonly EventFact[]): EventProblem[] {
  const problems: EventProblem[] = [];
  let previous: { date: string; index: number } | undefined;
  events.forEach((e, index) => {
    if (!isKnown(e.date)) return;
    if (previous && surelyBefore(e.date, previous.date)) {
      problems.push({
        path: ['events', index, 'date'],
        message: `expected events oldest first; received ${e.date}, which is before the event above it (${previous.date}, events[${previous.index}])`,
      });
    }
    previous = { date: e.date, index };
  });
  const newestStep = statusEvent(events);
  if (!newestStep) {
    problems.push({
      path: ['events'],
      message: 'expected at least one dated event that shows the status (utredning, avsiktsforklaring, beslut, lokaler, oppnad, invigd, i-drift or stangd), with its source; received none',
    });
  } else {
    const implied = EVENT_STATUS[newestStep.event.event]!;
    if (implied !== status) {
      problems.push({
        path: ['status'],
        message: `expected "${implied}", the status that the newest event gives ("${newestStep.event.event}", ${newestStep.event.date}, events[${newestStep.index}]); received "${status}". Change the status, or add the newer event that supports it`,
      });
    }
  }
  return problems;
}

export interface StatusAsOf {
  /** When the status is known to hold: the status event's date, else its source's date; undefined when neither is known. */
  date: string | undefined;
  /** The source that tells it. */
  source: string;
  event: EventFact;
}

/** As of when, and by which source, the status is known. */
export function statusAsOf(events: readonly EventFact[], sourceDate: (id: string) => string): StatusAsOf | undefined {
  const step = statusEvent(events);
  if (!step) return undefined;
  const { event } = step;
  const date = isKnown(event.date) ? event.date : isKnown(sourceDate(event.source)) ? sourceDate(event.source) : undefined;
  return { date, source: event.source, event };
}

/**
 * The newest dated fact about a centre. A step taken is dated by its own date, or else by its
 * source's; a plan ("planerad-oppning") by its source's only, since the plan's date is in the future
 * of what was known.
 */
export function newestKnown(events: readonly EventFact[], sourceDate: (id: string) => string): { date: string; source: string } | undefined {
  const dated = events.flatMap((e) => {
    const date = EVENT_STATUS[e.event] !== null && isKnown(e.date) ? e.date : sourceDate(e.source);
    return isKnown(date) ? [{ date, source: e.source }] : [];
  });
  const date = newest(dated.map((d) => d.date));
  return dated.find((d) => d.date === date);
}

/** True when what the status rests on is undated, or more than two years old on `today`. */
export function isStale(asOf: StatusAsOf, today: Date): boolean {
  return asOf.date === undefined || olderThan(asOf.date, today, STALE_AFTER_YEARS);
}
