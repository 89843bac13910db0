/**
 * A centre's dated events as the schema checks them: in order, at least one that sets a status,
 * and the status the newest of those gives (centre.ts refines the entry with checkEvents).
 * Pure, without imports from src/lib, so the schemas need nothing from the layer above them;
 * src/lib/register/status.ts builds the status lines on it.
 */
import { EVENT_STATUS, type CentreEvent, type CentreStatus } from './centre-vocabulary.ts';
import { isKnown, surelyBefore } from './partial-date.ts';

export interface EventFact {
  event: CentreEvent;
  /** A partial date, or "okänd". */
  date: string;
  /** The id of the source that tells of the event. */
  source: string;
  note?: string;
}

/** The newest event that sets a status: the last one, since events are written oldest first. */
export function statusEvent(
  events: readonly EventFact[],
): { event: EventFact; index: number } | undefined {
  const index = events.findLastIndex((e) => EVENT_STATUS[e.event] !== null);
  const event = events[index];
  return event && { event, index };
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
      message:
        'expected at least one dated event that shows the status (utredning, avsiktsforklaring, beslut, lokaler, oppnad, invigd, i-drift or stangd), with its source; received none',
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
