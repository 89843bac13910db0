/**
 * A centre's status is read from its dated events: the newest event that changes the status
 * must agree with the status written in the entry, and the page says as of when, and from
 * which source, that status is known. Pure; Node scripts load it too (npm run check:content).
 */
import { EVENT_STATUS } from '../../schemas/centre-vocabulary.ts';
import { isKnown, newest, olderThan } from '../../schemas/partial-date.ts';
import { statusEvent, type EventFact } from '../../schemas/centre-events.ts';

export {
  checkEvents,
  statusEvent,
  type EventFact,
  type EventProblem,
} from '../../schemas/centre-events.ts';

/** A status older than this many years is shown as of then, not as today's. */
export const STALE_AFTER_YEARS = 2;

export interface StatusAsOf {
  /** When the status is known to hold: the status event's date, else its source's date; undefined when neither is known. */
  date: string | undefined;
  /** The source that tells it. */
  source: string;
  event: EventFact;
}

/** As of when, and by which source, the status is known. */
export function statusAsOf(
  events: readonly EventFact[],
  sourceDate: (id: string) => string,
): StatusAsOf | undefined {
  const step = statusEvent(events);
  if (!step) return undefined;
  const { event } = step;
  const date = isKnown(event.date)
    ? event.date
    : isKnown(sourceDate(event.source))
      ? sourceDate(event.source)
      : undefined;
  return { date, source: event.source, event };
}

/**
 * The newest dated fact about a centre. A step taken is dated by its own date, or else by its
 * source's; a plan ("planerad-oppning") by its source's only, since the plan's date is in the future
 * of what was known.
 */
export function newestKnown(
  events: readonly EventFact[],
  sourceDate: (id: string) => string,
): { date: string; source: string } | undefined {
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
