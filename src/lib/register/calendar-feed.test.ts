import { describe, expect, it } from 'vitest';
import { calendarFeed, zonedToUtc } from './calendar-feed';
import { occurrences, type ExceptionFact, type SessionFact } from './programme';
import { expandFeed } from '../../../tests/support/ical';

/** The feed's text with its folded lines (RFC 5545, 3.1) joined again. */
const text = (feed: string) => feed.replace(/\r\n[ \t]/g, '');

const open: SessionFact & { source: string } = {
  days: ['mån', 'fre'],
  from: '09:00',
  to: '11:30',
  what: 'Öppna förskolan',
  source: 'k',
};
const feed = (exceptions: ExceptionFact[] = [], sessions = [open]) =>
  calendarFeed({
    name: 'Testcentralen',
    description: 'Veckans program',
    host: 'example.se',
    url: 'https://example.se/kalender.ics',
    centres: [
      {
        id: 'test',
        name: 'Testcentralen',
        url: 'https://example.se/familjecentraler/test/',
        sessions,
        exceptions,
        anchor: '2026-01-01',
        ageNote:
          'Programmet bygger på en uppgift från oktober 2023 (Testkommun). Fråga innan du går.',
      },
    ],
    stamp: new Date('2026-12-01T12:00:00Z'),
    nameCentres: false,
  });

describe('the calendar feed, read back with ical.js', () => {
  it('is an iCalendar file with the zone’s definition and UTC stamps', () => {
    const text = feed();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
    expect(text).toMatch(/DTSTAMP:20261201T120000Z/);
    expect(text).toMatch(/DTSTART;TZID=Europe\/Stockholm:20260102T090000/);
  });

  it('carries the programme’s age and source, as the page says them, in every event', () => {
    const events = text(feed()).match(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g) ?? [];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events)
      expect(e).toContain('Programmet bygger på en uppgift från oktober 2023');
  });

  it('repeats each session at the same wall-clock time across the change to and from summer time', () => {
    const spring = expandFeed(feed(), '2027-03-22', '2027-04-02');
    expect(spring.map((o) => `${o.date} ${o.from}–${o.to}`)).toEqual([
      '2027-03-22 09:00–11:30',
      '2027-03-26 09:00–11:30',
      '2027-03-29 09:00–11:30',
      '2027-04-02 09:00–11:30',
    ]);
    // Before the change 09:00 is 08:00 UTC, after it 07:00 UTC.
    expect(spring[0]?.startUtc.toISOString()).toBe('2027-03-22T08:00:00.000Z');
    expect(spring[2]?.startUtc.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    const autumn = expandFeed(feed(), '2026-10-23', '2026-10-30');
    expect(autumn.map((o) => o.startUtc.toISOString())).toEqual([
      '2026-10-23T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
      '2026-10-30T08:00:00.000Z',
    ]);
  });

  it('leaves out exactly a closed occurrence, and moves a changed one', () => {
    const exceptions: ExceptionFact[] = [
      { date: '2026-12-07', kind: 'stängt' },
      { date: '2026-12-11', kind: 'ändrad-tid', from: '10:00', to: '12:00' },
    ];
    const got = expandFeed(feed(exceptions), '2026-12-04', '2026-12-14').map(
      (o) => `${o.date} ${o.from}–${o.to}`,
    );
    expect(got).toEqual([
      '2026-12-04 09:00–11:30',
      '2026-12-11 10:00–12:00',
      '2026-12-14 09:00–11:30',
    ]);
    const expected = occurrences([open], exceptions, '2026-12-04', '2026-12-14').map(
      (o) => `${o.date} ${o.from}–${o.to}`,
    );
    expect(got).toEqual(expected);
  });

  it('ends a session on its last valid day', () => {
    const autumn = { ...open, validFrom: '2026-08-17', validTo: '2026-12-18' };
    expect(expandFeed(feed([], [autumn]), '2026-12-14', '2026-12-28').map((o) => o.date)).toEqual([
      '2026-12-14',
      '2026-12-18',
    ]);
    expect(zonedToUtc('2026-07-01', '23:59').toISOString()).toBe('2026-07-01T21:59:00.000Z');
    expect(zonedToUtc('2026-12-18', '23:59').toISOString()).toBe('2026-12-18T22:59:00.000Z');
  });
});
