/**
 * Reads a calendar feed with ical.js, another library than the one that writes it, and expands
 * every event into its occurrences in a period, as a phone's calendar would show them: the local
 * date and wall-clock times in the feed's zone.
 */
import ICAL from 'ical.js';

export interface FeedOccurrence {
  summary: string;
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:MM in the zone. */
  from: string;
  to: string;
  /** The instant it starts, to check the offset across summer time. */
  startUtc: Date;
}

const local = (date: Date, zone: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
};

export function expandFeed(
  text: string,
  fromDay: string,
  toDay: string,
  zone = 'Europe/Stockholm',
): FeedOccurrence[] {
  const component = ICAL.Component.fromString(text);
  for (const tz of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const end = ICAL.Time.fromDateTimeString(`${toDay}T23:59:59`);
  const result: FeedOccurrence[] = [];
  for (const vevent of component.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.compare(end) <= 0; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const startUtc = details.startDate.toJSDate();
      const endUtc = details.endDate.toJSDate();
      const s = local(startUtc, zone);
      if (s.date < fromDay) continue;
      result.push({
        summary: event.summary,
        date: s.date,
        from: s.time,
        to: local(endUtc, zone).time,
        startUtc,
      });
    }
  }
  return result.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.from.localeCompare(b.from) ||
      a.summary.localeCompare(b.summary),
  );
}
