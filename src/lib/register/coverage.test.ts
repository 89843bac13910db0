import { describe, expect, it } from 'vitest';
import {
  coverage,
  figuresAsOf,
  kommunSituation,
  kommunStatus,
  openedInPeriod,
  openingYear,
} from './coverage';
import { centre, ev } from '../../../tests/support/test-centres';

describe('kommunStatus', () => {
  it('counts a kommun with two open centres once, as open', () => {
    const centres = [centre('a', '2080', 'öppen'), centre('b', '2080', 'öppen')];
    expect(kommunStatus('2080', centres)).toBe('oppen');
    expect(coverage(['2080'], centres)).toMatchObject({ oppen: ['2080'], openCentres: 2 });
  });
  it('does not count a closed centre', () => {
    expect(
      kommunStatus('2080', [
        centre('a', '2080', 'stängd', { events: [ev('oppnad', '2015'), ev('stangd', '2020')] }),
      ]),
    ).toBe('ingen');
  });
  it('does not count a centre-like service as a family centre', () => {
    expect(
      kommunStatus('2034', [centre('a', '2034', 'öppen', { kind: 'familjecentralsliknande' })]),
    ).toBe('ingen');
    expect(kommunStatus('2034', [centre('a', '2034', 'öppen', { kind: 'okänd' })])).toBe('ingen');
  });
  it('reports planned or decided centres where none is open', () => {
    expect(kommunStatus('2061', [centre('a', '2061', 'beslutad')])).toBe('planerad');
    expect(
      kommunStatus('2061', [centre('a', '2061', 'beslutad'), centre('b', '2061', 'öppen')]),
    ).toBe('oppen');
  });
});

describe('a kommun’s status says how old it is', () => {
  it('is "oppen-aldre" when every open centre rests on an old or undated source, "oppen" when one is recent', () => {
    const old = centre('a', '2083', 'öppen', { statusDate: '2019', statusStale: true });
    const undated = centre('b', '2085', 'öppen', { statusDate: undefined, statusStale: true });
    const recent = centre('c', '2083', 'öppen', {
      events: [ev('invigd', '2025-05')],
      statusDate: '2025-05',
    });
    expect(kommunSituation('2083', [old])).toMatchObject({
      status: 'oppen-aldre',
      asOf: '2019',
      stale: true,
    });
    expect(kommunSituation('2083', [old, recent])).toMatchObject({
      status: 'oppen',
      asOf: '2025-05',
      stale: false,
    });
    expect(kommunSituation('2083', [old]).age).toEqual({ state: 'aldre', date: '2019' });
    expect(kommunSituation('2083', [old, recent]).age).toEqual({ state: 'ny', date: '2025-05' });
    expect(kommunSituation('2085', [undated]).age).toEqual({ state: 'odaterad', date: undefined });
  });
  it('names the step and its age for a centre on the way', () => {
    const planned = centre('a', '2031', 'planerad', {
      events: [ev('avsiktsforklaring', '2021-02')],
      statusDate: '2021-02',
      statusStale: true,
    });
    expect(kommunSituation('2031', [planned])).toMatchObject({
      status: 'planerad',
      stage: 'avsiktsforklaring',
      age: { state: 'aldre', date: '2021-02' },
    });
    const none = kommunSituation('2021', []);
    expect(none.status).toBe('ingen');
    expect(none.age).toBeUndefined();
  });
});

describe('coverage', () => {
  it('sorts every kommun into exactly one group and ignores centres outside the region', () => {
    const centres = [
      centre('a', '2080', 'öppen'),
      centre('b', '2061', 'planerad'),
      centre('c', '1864', 'öppen'),
      centre('d', '2083', 'öppen', { statusStale: true }),
    ];
    expect(coverage(['2080', '2061', '2021', '2083'], centres)).toMatchObject({
      total: 4,
      oppen: ['2080'],
      'oppen-aldre': ['2083'],
      planerad: ['2061'],
      ingen: ['2021'],
      openCentres: 2,
      plannedCentres: 1,
    });
  });
  it('counts an open centre under the age of its status, so a two-year-old fact is not today’s figure', () => {
    const centres = [
      centre('a', '2081', 'öppen', { events: [ev('invigd', '2025-05')], statusDate: '2025-05' }),
      centre('b', '2084', 'öppen', { statusDate: '2019', statusStale: true }),
      centre('c', '2062', 'öppen', { statusDate: '2019', statusStale: true }),
    ];
    const c = coverage(['2081', '2084', '2062'], centres);
    expect(c.openByAge).toEqual([
      { from: 2025, to: 2025, count: 1, stale: false },
      { from: 2019, to: 2019, count: 2, stale: true },
    ]);
    expect(c.kommunerByAge.map((g) => g.count)).toEqual([1, 2]);
  });
  it('counts by one rule: a unit its huvudmän call a family centre, however co-located, and shows co-location beside it', () => {
    const centres = [
      centre('a', '2034', 'öppen', { colocation: 'nej' }),
      centre('b', '2081', 'öppen', { colocation: 'ja' }),
      centre('c', '2080', 'öppen', { kind: 'familjecentralsliknande', colocation: 'ja' }),
    ];
    const c = coverage(['2034', '2081', '2080'], centres);
    expect(c.openCentres).toBe(2);
    expect(c.openColocation).toEqual({ ja: 1, delvis: 0, nej: 1, okänd: 0 });
    expect(c.ingen).toEqual(['2080']);
    // The count the other way: only the fully co-located centre's kommun.
    expect(c.fullyColocated).toEqual(['2081']);
  });
  it('says as of when the figures hold: the newest status date', () => {
    expect(figuresAsOf(['2019', '2024-05-13', undefined, '2023-10-23'])).toBe('2024-05-13');
  });
});

describe('openedInPeriod', () => {
  const dated = centre('a', '2081', 'öppen', {
    events: [ev('beslut', '2019'), ev('oppnad', '2021-03')],
  });
  const undated = centre('b', '2081', 'öppen');
  const inaugurated = centre('c', '2081', 'öppen', { events: [ev('invigd', '2023-02-10')] });

  it('reads the opening year, or the inauguration year when no opening is recorded', () => {
    expect(openingYear(dated)).toBe(2021);
    expect(openingYear(inaugurated)).toBe(2023);
    expect(openingYear(undated)).toBeNull();
  });
  it('counts centres that opened within the period, inclusive, and skips a centre with no date', () => {
    expect(
      openedInPeriod(['2081'], [dated, undated, inaugurated], 2020, 2022).map((c) => c.id),
    ).toEqual(['a']);
    expect(
      openedInPeriod(['2081'], [dated, undated, inaugurated], 2021, 2023).map((c) => c.id),
    ).toEqual(['a', 'c']);
  });
});
