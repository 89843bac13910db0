import { describe, expect, it } from 'vitest';
import { oldWeekNote, statusLine } from './status-line';
import { sourceRef, sourceDateLabel, type SourceRef } from '../source-view';
import { ev } from '../../../tests/support/test-centres';

const sources: Record<string, SourceRef> = {
  region: sourceRef('region', {
    title: 'Familjecentraler i Dalarna',
    publisher: 'Region Dalarna, BHV-enheten',
    short: 'Region Dalarnas kartläggning',
    date: '2020-08-28',
    reported: false,
  }),
  kommun: sourceRef('kommun', {
    title: 'Nyhet',
    publisher: 'Borlänge kommun',
    date: '2024-05-13',
    reported: false,
  }),
  parti: sourceRef('parti', {
    title: 'Inlägg',
    publisher: 'Kristdemokraterna i Dalarna',
    date: 'okänd',
    reported: true,
    accessed: new Date('2026-11-23'),
  }),
  sida: sourceRef('sida', {
    title: 'Sida',
    publisher: 'Gagnefs kommun',
    date: 'okänd',
    reported: false,
    accessed: new Date('2026-11-23'),
  }),
};
const source = (id: string) => sources[id];

describe('statusLine', () => {
  it('gives the month and the source of a recent status', () => {
    expect(statusLine([ev('invigd', '2025-05', 'kommun')], source, new Date('2026-11-23'))).toEqual(
      {
        stale: false,
        date: '2025-05',
        newestDate: '2025-05',
        text: 'Senast kända uppgift: maj 2025 (Borlänge kommun).',
      },
    );
  });

  it('shows a status older than two years as of then', () => {
    const line = statusLine([ev('i-drift', '2019', 'region')], source, new Date('2026-11-23'));
    expect(line.text).toBe(
      'Läget 2019 enligt Region Dalarnas kartläggning – senare uppgift saknas.',
    );
    expect(line).toMatchObject({ stale: true, short: 'Läget 2019' });
  });

  it('says when a status rests on an undated source, and gives the newest dated one', () => {
    const line = statusLine(
      [ev('i-drift', '2019', 'region'), ev('i-drift', 'okänd', 'sida')],
      source,
      new Date('2026-11-23'),
    );
    expect(line.text).toBe(
      'Statusen bygger på en uppgift utan datum (Gagnefs kommun, läst 23 november 2026). Senaste daterade uppgift: 2019 (Region Dalarnas kartläggning).',
    );
    expect(line).toMatchObject({ stale: true, newestDate: '2019' });
    expect(line.date).toBeUndefined();
    expect(statusLine([ev('lokaler', 'okänd', 'parti')], source, new Date('2026-11-23')).text).toBe(
      'Statusen bygger på en uppgift utan datum (enligt Kristdemokraterna i Dalarna, läst 23 november 2026).',
    );
  });
});

describe('sourceDateLabel', () => {
  it('dates a source by its date, else by when it was read', () => {
    expect(sourceDateLabel(sources.kommun)).toBe('13 maj 2024');
    expect(sourceDateLabel(sources.parti)).toBe('utan datum, läst 23 november 2026');
    expect(sourceDateLabel({ date: 'okänd' })).toBe('datum saknas');
  });
});

describe('oldWeekNote', () => {
  const today = new Date('2026-12-01');
  it('warns above a week known only from a source more than two years old, or undated', () => {
    expect(oldWeekNote(['2023-10-16'], today)).toBe(
      'Programmet bygger på en uppgift från oktober 2023. Fråga familjecentralen eller kommunen innan du går dit.',
    );
    expect(oldWeekNote(['okänd'], today)).toBe(
      'Programmet bygger på en uppgift utan datum. Fråga familjecentralen eller kommunen innan du går dit.',
    );
  });
  it('says nothing when one source is recent', () => {
    expect(oldWeekNote(['2023-10-16', '2026-08-20'], today)).toBeUndefined();
  });
});
