import { describe, expect, it } from 'vitest';
import { centrePreview, day, plain, type PreviewLookups } from './preview';

const lookups: PreviewLookups = {
  sources: new Map([
    [
      'sida',
      { title: 'Öppna förskolan', publisher: 'Orsa kommun', date: '2026-08-17', reported: false },
    ],
  ]),
  texts: [],
};

describe('centrePreview', () => {
  it('reads the entry as the editor holds it: dates as text or as Date, sources by id', () => {
    const { box, week } = centrePreview(
      {
        status: 'öppen',
        services: [{ service: 'oppen-forskola' }],
        programme: {
          sessions: [
            {
              days: ['mån'],
              from: '09:00',
              to: '11:30',
              what: 'Öppna förskolan',
              service: 'oppen-forskola',
              validTo: new Date('2027-06-30T00:00:00Z'),
              source: 'sida',
            },
          ],
          exceptions: [{ date: '2026-12-24', kind: 'stängt', source: 'sida' }],
        },
      },
      lookups,
      '2026-12-01',
    );
    expect(box.when?.days).toEqual([{ day: 'Måndag', times: ['09.00–11.30 Öppna förskolan'] }]);
    expect(box.when?.by).toBe('Orsa kommun, 17 augusti 2026');
    expect(week?.days.find((d) => d.sessions.length)?.sessions[0].validTo).toBe('2027-06-30');
    expect(week?.exceptions.map((e) => e.date)).toEqual(['2026-12-24']);
  });

  it('draws a new, half-filled entry without failing: unknown facts say so, a source not yet saved is named by its id', () => {
    const empty = centrePreview({}, lookups, '2026-12-01');
    expect(empty.box.open).toBe(false);
    expect(empty.week).toBeUndefined();
    const typing = centrePreview(
      {
        status: 'öppen',
        visit: [{ place: 'Församlingshemmet', source: 'ny-kalla' }],
        programme: { sessions: [{ days: [], from: '09:00', to: '', what: '', source: 'sida' }] },
      },
      lookups,
      '2026-12-01',
    );
    expect(typing.box.where).toEqual([{ text: 'Församlingshemmet', by: 'ny-kalla, datum saknas' }]);
    expect(typing.week).toBeUndefined();
  });
});

describe('plain and day', () => {
  it('unwrap the CMS’s maps and read its dates', () => {
    expect(plain({ toJS: () => ({ a: 1 }) })).toEqual({ a: 1 });
    expect(plain('text')).toBe('text');
    expect(day('2026-12-24T00:00:00.000Z')).toBe('2026-12-24');
    expect(day(new Date('2026-12-24T00:00:00Z'))).toBe('2026-12-24');
    expect(day('')).toBeUndefined();
  });
});
