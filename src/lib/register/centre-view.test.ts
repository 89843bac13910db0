import { describe, expect, it } from 'vitest';
import { sourceRef, type SourceRef } from '../source-view';
import { centreView, type CentreData, type CentreViewInput } from './centre-view';
import { defined } from '../../../tests/support/defined';

const sources: Record<string, SourceRef> = {
  kartlaggning: sourceRef('kartlaggning', {
    title: 'Kartläggning',
    publisher: 'Region Dalarna',
    date: '2020-08-28',
    reported: false,
  }),
  dt: sourceRef('dt', {
    description: 'Artikel',
    publisher: 'Dalarnas Tidningar',
    date: '2020-01',
    reported: true,
  }),
  sida: sourceRef('sida', {
    title: 'Sida',
    publisher: 'Ludvika kommun',
    date: 'okänd',
    accessed: new Date('2026-11-23'),
    reported: false,
  }),
  inbjudan: sourceRef('inbjudan', {
    title: 'Invigning',
    publisher: 'Orsa kommun',
    date: '2023-10-16',
    reported: false,
  }),
};
const ref = (id: string) => ({ collection: 'sources' as const, id });
const source = (id: string) => defined(sources[id], `the source ${id}`);

function data(extra: Partial<CentreData>): CentreData {
  return {
    name: 'Centralen',
    nameKnown: true,
    kind: 'familjecentral',
    status: 'öppen',
    events: [],
    services: [],
    activities: [],
    visit: [],
    contact: [],
    ...extra,
  };
}
const input = (d: CentreData): CentreViewInput => ({
  id: 'c',
  data: d,
  kommun: {
    code: '2085',
    name: 'Ludvika',
    slug: 'ludvika',
    lanCode: '20',
    lanName: 'Dalarna',
    contact: [],
  },
  texts: [],
  source,
  today: new Date('2026-12-07T00:00:00Z'),
});

describe('a centre’s view', () => {
  it('gives one age: the newest dated fact behind the status, with undated sources beside it, never taken for newer', () => {
    const view = centreView(
      input(
        data({
          events: [
            { event: 'i-drift', date: '2019', source: ref('kartlaggning') },
            { event: 'i-drift', date: '2020-01', source: ref('dt') },
            { event: 'i-drift', date: 'okänd', source: ref('sida') },
          ],
        }),
      ),
    );
    expect(view.age).toMatchObject({ state: 'aldre', date: '2020-01', source: { id: 'dt' } });
    expect(view.age.undated.map((s) => s.id)).toEqual(['sida']);
    expect(view.box.age).toBe(view.age);
  });
  it('is undated when only undated sources tell the status', () => {
    const view = centreView(
      input(data({ events: [{ event: 'i-drift', date: 'okänd', source: ref('sida') }] })),
    );
    expect(view.age).toMatchObject({ state: 'odaterad', date: undefined, source: { id: 'sida' } });
  });
  it('dates the open step and the opening year by the inauguration the kommun invited to, for every channel alike', () => {
    const view = centreView(
      input(
        data({
          events: [
            { event: 'i-drift', date: '2023-10-16', source: ref('inbjudan') },
            { event: 'planerad-oppning', date: '2023-10-23', source: ref('inbjudan') },
          ],
        }),
      ),
    );
    expect(view.stage.event).toMatchObject({ event: 'planerad-oppning', date: '2023-10-23' });
    expect(view.openingYear).toBe(2023);
    expect(view.counts).toBe(true);
  });
  it('gives the week with its age, and says the centre has no number of its own when it has none', () => {
    const view = centreView(
      input(
        data({
          events: [{ event: 'i-drift', date: '2023-10-16', source: ref('inbjudan') }],
          programme: {
            sessions: [
              {
                days: ['mån', 'fre'],
                from: '09:00',
                to: '11:30',
                what: 'Öppna förskolan',
                service: 'oppen-forskola',
                source: ref('inbjudan'),
              },
            ],
            exceptions: [],
          },
        }),
      ),
    );
    expect(view.week?.age).toMatchObject({ state: 'aldre', date: '2023-10-16' });
    expect(view.week?.hoursPerWeek).toBe(5);
    expect(view.week?.days.map((d) => d.weekday)).toEqual(['mån', 'fre']);
    expect(view.contact).toMatchObject({ rows: [], next: undefined, noPhone: true });
  });
});
