/**
 * A centre's week from its programme: the regular week as a parent reads it (weekday by weekday),
 * the exceptions still to come, and every dated occurrence in a period (what the calendar feed
 * repeats). Dates are calendar days in the region's local time, written YYYY-MM-DD. Pure.
 */
import type { z } from 'astro/zod';
import { WEEKDAYS, WEEKDAY_LABELS, type Weekday } from '../../schemas/centre-vocabulary.ts';
import type { exceptionSchema, sessionSchema } from '../../schemas/programme.ts';
import { isoDay } from '../format.ts';

/**
 * A session as the week reads it: the schema's fields (src/schemas/programme.ts), its days
 * written YYYY-MM-DD, without its source (the views add the source in the form they show it).
 */
export type SessionFact = Omit<
  z.output<typeof sessionSchema>,
  'validFrom' | 'validTo' | 'source'
> & {
  validFrom?: string;
  validTo?: string;
};

/** An exception as the week reads it: the schema's fields, its days written YYYY-MM-DD, without its source. */
export type ExceptionFact = Omit<z.output<typeof exceptionSchema>, 'date' | 'until' | 'source'> & {
  /** The first day. */
  date: string;
  /** The last day, for several days in a row. */
  until?: string;
};

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
  86_400_000;
const fromDayNumber = (n: number) => isoDay(new Date(n * 86_400_000));
/** The weekday of a calendar day, Monday first. */
export function weekdayOf(iso: string): Weekday {
  const day = WEEKDAYS[(((dayNumber(iso) + 3) % 7) + 7) % 7];
  if (day === undefined) throw new RangeError(`Not a day: "${iso}".`);
  return day;
}
/** The Monday of the week a day is in. */
export const mondayOf = (iso: string) =>
  fromDayNumber(dayNumber(iso) - WEEKDAYS.indexOf(weekdayOf(iso)));
export const addDays = (iso: string, days: number) => fromDayNumber(dayNumber(iso) + days);

const runsOn = (s: SessionFact, day: string) =>
  s.days.includes(weekdayOf(day)) &&
  (!s.validFrom || s.validFrom <= day) &&
  (!s.validTo || day <= s.validTo);
const covers = (e: ExceptionFact, day: string) => e.date <= day && day <= (e.until ?? e.date);
const appliesTo = (e: ExceptionFact, s: SessionFact) => !e.what || e.what === s.what;

export interface Occurrence {
  date: string;
  from: string;
  to: string;
  session: SessionFact;
  /** True when an exception changed the times that day. */
  changed: boolean;
}

/** Every occurrence of the sessions from `from` to `to` (inclusive): closed days left out, changed times applied. */
export function occurrences(
  sessions: readonly SessionFact[],
  exceptions: readonly ExceptionFact[],
  from: string,
  to: string,
): Occurrence[] {
  const result: Occurrence[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const s of sessions.filter((x) => runsOn(x, day))) {
      const exception = exceptions.find((e) => covers(e, day) && appliesTo(e, s));
      if (exception?.kind === 'stängt') continue;
      if (exception?.kind === 'ändrad-tid')
        result.push({
          date: day,
          from: exception.from!,
          to: exception.to!,
          session: s,
          changed: true,
        });
      else result.push({ date: day, from: s.from, to: s.to, session: s, changed: false });
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date) || a.from.localeCompare(b.from));
}

export interface WeekRow {
  weekday: Weekday;
  /** "Måndag". */
  label: string;
  sessions: {
    from: string;
    to: string;
    what: string;
    forWhom?: string;
    place?: string;
    validFrom?: string;
    validTo?: string;
  }[];
}

/** The regular week: for each weekday with a session that is valid on or after `today`, its sessions in time order. */
export function regularWeek(sessions: readonly SessionFact[], today: string): WeekRow[] {
  const current = sessions.filter((s) => !s.validTo || s.validTo >= today);
  const byDay = WEEKDAYS.map((day) => ({
    day,
    times: current.filter((s) => s.days.includes(day)).sort((a, b) => a.from.localeCompare(b.from)),
  })).filter((d) => d.times.length > 0);
  return byDay.map(({ day, times }) => ({
    weekday: day,
    label: WEEKDAY_LABELS[day].charAt(0).toUpperCase() + WEEKDAY_LABELS[day].slice(1),
    sessions: times.map((s) => ({
      from: s.from,
      to: s.to,
      what: s.what,
      forWhom: s.forWhom,
      place: s.place,
      validFrom: s.validFrom,
      validTo: s.validTo,
    })),
  }));
}

/** Exceptions that have not ended by `today`, soonest first. */
export function comingExceptions<E extends ExceptionFact>(
  exceptions: readonly E[],
  today: string,
): E[] {
  return exceptions
    .filter((e) => (e.until ?? e.date) >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Sessions whose last day has passed: the review page asks the centre to update them. */
export function expiredSessions<S extends SessionFact>(sessions: readonly S[], today: string): S[] {
  return sessions.filter((s) => s.validTo !== undefined && s.validTo < today);
}

/** Hours a week of one service (the open preschool), from its sessions that have not ended by `today`; null when it has none. */
export function serviceHoursPerWeek(
  sessions: readonly SessionFact[],
  service: string,
  today: string,
): number | null {
  const own = sessions.filter((s) => s.service === service && (!s.validTo || s.validTo >= today));
  if (own.length === 0) return null;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return own.reduce((sum, s) => sum + (s.days.length * (minutes(s.to) - minutes(s.from))) / 60, 0);
}
