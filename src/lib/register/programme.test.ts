import { describe, expect, it } from 'vitest';
import {
  addDays,
  comingExceptions,
  expiredSessions,
  mondayOf,
  occurrences,
  regularWeek,
  serviceHoursPerWeek,
  weekdayOf,
  type SessionFact,
} from './programme';

const open: SessionFact = {
  days: ['mån', 'tis', 'fre'],
  from: '09:00',
  to: '11:30',
  what: 'Öppna förskolan',
  service: 'oppen-forskola',
};
const baby: SessionFact = {
  days: ['tis'],
  from: '13:00',
  to: '15:30',
  what: 'Babycafé',
  forWhom: 'Barn 0–12 månader',
};

describe('calendar days', () => {
  it('knows the weekday and the week of a day', () => {
    expect(weekdayOf('2026-12-01')).toBe('tis');
    expect(weekdayOf('2026-12-06')).toBe('sön');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('occurrences', () => {
  it('repeats each session on its weekdays', () => {
    const week = occurrences([open, baby], [], '2026-11-30', '2026-12-06');
    expect(week.map((o) => `${o.date} ${o.from} ${o.session.what}`)).toEqual([
      '2026-11-30 09:00 Öppna förskolan',
      '2026-12-01 09:00 Öppna förskolan',
      '2026-12-01 13:00 Babycafé',
      '2026-12-04 09:00 Öppna förskolan',
    ]);
  });
  it('leaves out exactly the closed occurrences, and applies changed times', () => {
    const closedTuesdayMorning = {
      date: '2026-12-01',
      kind: 'stängt' as const,
      what: 'Öppna förskolan',
    };
    const changedFriday = {
      date: '2026-12-04',
      kind: 'ändrad-tid' as const,
      from: '10:00',
      to: '12:00',
    };
    const week = occurrences(
      [open, baby],
      [closedTuesdayMorning, changedFriday],
      '2026-11-30',
      '2026-12-06',
    );
    expect(week.map((o) => `${o.date} ${o.from}–${o.to} ${o.session.what}`)).toEqual([
      '2026-11-30 09:00–11:30 Öppna förskolan',
      '2026-12-01 13:00–15:30 Babycafé',
      '2026-12-04 10:00–12:00 Öppna förskolan',
    ]);
  });
  it('closes every session on every day of a closed period, and keeps a session within its valid dates', () => {
    const christmas = { date: '2026-12-24', until: '2027-01-06', kind: 'stängt' as const };
    expect(occurrences([open], [christmas], '2026-12-21', '2027-01-10').map((o) => o.date)).toEqual(
      ['2026-12-21', '2026-12-22', '2027-01-08'],
    );
    const autumnOnly = { ...open, validFrom: '2026-08-17', validTo: '2026-12-18' };
    expect(occurrences([autumnOnly], [], '2026-12-14', '2026-12-25').map((o) => o.date)).toEqual([
      '2026-12-14',
      '2026-12-15',
      '2026-12-18',
    ]);
  });
});

describe('the regular week and what is coming', () => {
  it('lists each weekday with its sessions in time order, leaving out sessions that have ended', () => {
    const ended = { ...baby, validTo: '2026-06-30' };
    expect(
      regularWeek([baby, open], '2026-12-01').map((d) => [d.label, d.sessions.map((s) => s.what)]),
    ).toEqual([
      ['Måndag', ['Öppna förskolan']],
      ['Tisdag', ['Öppna förskolan', 'Babycafé']],
      ['Fredag', ['Öppna förskolan']],
    ]);
    expect(regularWeek([ended], '2026-12-01')).toEqual([]);
    expect(expiredSessions([ended, open], '2026-12-01')).toEqual([ended]);
  });
  it('keeps exceptions that have not ended, soonest first', () => {
    const past = { date: '2026-11-20', kind: 'stängt' as const };
    const christmas = { date: '2026-12-24', until: '2027-01-06', kind: 'stängt' as const };
    const tomorrow = { date: '2026-12-02', kind: 'stängt' as const };
    expect(comingExceptions([christmas, past, tomorrow], '2026-12-01')).toEqual([
      tomorrow,
      christmas,
    ]);
    expect(comingExceptions([christmas], '2027-01-06')).toEqual([christmas]);
  });
  it('counts the open preschool’s hours a week from its own sessions', () => {
    expect(serviceHoursPerWeek([open, baby], 'oppen-forskola', '2026-12-01')).toBe(7.5);
    expect(serviceHoursPerWeek([baby], 'oppen-forskola', '2026-12-01')).toBeNull();
  });
});
