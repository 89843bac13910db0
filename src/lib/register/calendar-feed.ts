/**
 * Calendar feeds (iCalendar, RFC 5545) of the centres' weekly programmes, written with
 * ical-generator: each session a weekly recurring event in Europe/Stockholm time, closed days
 * left out with EXDATE, changed hours as one-off events in their place. Times are wall-clock
 * times in the region's zone, so a session at 09:00 stays at 09:00 across summer time.
 */
import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { Weekday } from '../../schemas/centre-vocabulary';
import { addDays, weekdayOf, type ExceptionFact, type SessionFact } from './programme';
import { slugify } from '../slug';

export const TIME_ZONE = 'Europe/Stockholm';

const BYDAY: Record<Weekday, ICalWeekday> = {
  mån: ICalWeekday.MO,
  tis: ICalWeekday.TU,
  ons: ICalWeekday.WE,
  tor: ICalWeekday.TH,
  fre: ICalWeekday.FR,
  lör: ICalWeekday.SA,
  sön: ICalWeekday.SU,
};

/** The UTC instant of a wall-clock time in a time zone (for UNTIL, which RFC 5545 wants in UTC). */
export function zonedToUtc(date: string, time: string, zone = TIME_ZONE): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(guess)
      .map((p) => [p.type, p.value]),
  );
  const asZoned = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return new Date(guess.getTime() - (asZoned - guess.getTime()));
}

export interface FeedCentre {
  id: string;
  name: string;
  /** The centre's page, absolute. */
  url: string;
  /** Where the sessions are when a session names no place. */
  place?: string;
  sessions: readonly (SessionFact & { source: string })[];
  exceptions: readonly ExceptionFact[];
  /** The first day the recurrence is anchored to when a session has no validFrom: its source's date. */
  anchor: string;
  /**
   * The programme's age and source as the centre's page says it ("Programmet bygger på en uppgift
   * från oktober 2023 (Orsa kommun). Fråga …"): every event of the centre carries it.
   */
  ageNote: string;
}

export interface FeedInput {
  name: string;
  description: string;
  /** Host for stable UIDs, e.g. "familjecentraler.example.se". */
  host: string;
  /** The feed's own address, absolute. */
  url: string;
  centres: readonly FeedCentre[];
  /** When the feed was built (DTSTAMP). */
  stamp: Date;
  /** Prefix each event's summary with the centre's name (the region's feed). */
  nameCentres: boolean;
}

const firstOnOrAfter = (day: string, days: readonly Weekday[]) => {
  let d = day;
  while (!days.includes(weekdayOf(d))) d = addDays(d, 1);
  return d;
};

/** The days a session meets inside an exception's period. */
function daysIn(session: SessionFact, exception: ExceptionFact): string[] {
  const days: string[] = [];
  for (let d = exception.date; d <= (exception.until ?? exception.date); d = addDays(d, 1)) {
    if (
      session.days.includes(weekdayOf(d)) &&
      (!session.validFrom || session.validFrom <= d) &&
      (!session.validTo || d <= session.validTo)
    )
      days.push(d);
  }
  return days;
}

export function calendarFeed(input: FeedInput): string {
  const calendar = ical({
    name: input.name,
    description: input.description,
    url: input.url,
    prodId: { company: input.host, product: 'familjecentraler', language: 'SV' },
  });
  for (const centre of input.centres) {
    centre.sessions.forEach((session, index) => {
      const start = firstOnOrAfter(session.validFrom ?? centre.anchor, session.days);
      const uid = `${centre.id}-${index + 1}-${slugify(session.what)}@${input.host}`;
      const summary = input.nameCentres ? `${centre.name}: ${session.what}` : session.what;
      const location = session.place ?? centre.place;
      const description = [session.forWhom, centre.ageNote, `Mer på ${centre.url}`]
        .filter(Boolean)
        .join('\n');
      const affecting = centre.exceptions.filter((e) => !e.what || e.what === session.what);
      const closed = affecting.flatMap((e) => daysIn(session, e));
      calendar.createEvent({
        id: uid,
        stamp: input.stamp,
        start: `${start}T${session.from}:00`,
        end: `${start}T${session.to}:00`,
        timezone: TIME_ZONE,
        summary,
        description,
        location,
        url: centre.url,
        repeating: {
          freq: ICalEventRepeatingFreq.WEEKLY,
          byDay: session.days.map((d) => BYDAY[d]),
          ...(session.validTo && { until: zonedToUtc(session.validTo, '23:59') }),
          ...(closed.length > 0 && {
            exclude: closed.map((d) => `${d}T${session.from}:00`),
            excludeTimezone: TIME_ZONE,
          }),
        },
      });
      // Changed hours: the regular occurrence is excluded above, and the day gets its own event.
      for (const e of affecting.filter((x) => x.kind === 'ändrad-tid')) {
        for (const day of daysIn(session, e)) {
          calendar.createEvent({
            id: `${uid.replace('@', `-${day}@`)}`,
            stamp: input.stamp,
            start: `${day}T${e.from}:00`,
            end: `${day}T${e.to}:00`,
            timezone: TIME_ZONE,
            summary: `${summary} (ändrad tid)`,
            description: [e.note, description].filter(Boolean).join('\n'),
            location,
            url: centre.url,
          });
        }
      }
    });
  }
  // Events carry TZID=Europe/Stockholm, so the zone's definition goes in the calendar (RFC 5545,
  // 3.6.5). The calendar itself keeps no time zone, so DTSTAMP and UNTIL stay in UTC as the RFC asks.
  const vtimezone = getVtimezoneComponent(TIME_ZONE);
  if (!vtimezone) throw new Error(`No time zone definition for ${TIME_ZONE}`);
  return calendar
    .toString()
    .replace(
      /\r\nBEGIN:VEVENT|\r\nEND:VCALENDAR/,
      (first) => `\r\n${vtimezone.trim().replace(/\r?\n/g, '\r\n')}${first}`,
    );
}
