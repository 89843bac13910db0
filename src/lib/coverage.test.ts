import { describe, expect, it } from 'vitest';
import { coverage, figuresAsOf, kommunStatus, openedInPeriod, openingYear } from './coverage';
import { centre, ev } from './test-centres';

describe('kommunStatus', () => {
  it('counts a kommun with two open centres once, as open', () => {
    const centres = [centre('a', '2080', 'öppen'), centre('b', '2080', 'öppen')];
    expect(kommunStatus('2080', centres)).toBe('oppen');
    expect(coverage(['2080'], centres)).toMatchObject({ oppen: ['2080'], openCentres: 2 });
  });
  it('does not count a closed centre', () => {
    expect(kommunStatus('2080', [centre('a', '2080', 'stängd', { events: [ev('oppnad', '2015'), ev('stangd', '2020')] })])).toBe('ingen');
  });
  it('does not count a centre-like service as a family centre', () => {
    expect(kommunStatus('2034', [centre('a', '2034', 'öppen', { kind: 'familjecentralsliknande' })])).toBe('ingen');
    expect(kommunStatus('2034', [centre('a', '2034', 'öppen', { kind: 'okänd' })])).toBe('ingen');
  });
  it('reports planned or decided centres where none is open', () => {
    expect(kommunStatus('2061', [centre('a', '2061', 'beslutad')])).toBe('planerad');
    expect(kommunStatus('2061', [centre('a', '2061', 'beslutad'), centre('b', '2061', 'öppen')])).toBe('oppen');
  });
});

describe('coverage', () => {
  it('sorts every kommun into exactly one group and ignores centres outside the region', () => {
    const centres = [centre('a', '2080', 'öppen'), centre('b', '2061', 'planerad'), centre('c', '1864', 'öppen')];
    expect(coverage(['2080', '2061', '2021'], centres)).toEqual({
      total: 3,
      oppen: ['2080'],
      planerad: ['2061'],
      ingen: ['2021'],
      openCentres: 1,
      plannedCentres: 1,
    });
  });
  it('says as of when the figures hold: the newest status date', () => {
    expect(figuresAsOf(['2019', '2024-05-13', undefined, '2023-10-23'])).toBe('2024-05-13');
  });
});

describe('openedInPeriod', () => {
  const dated = centre('a', '2081', 'öppen', { events: [ev('beslut', '2019'), ev('oppnad', '2021-03')] });
  const undated = centre('b', '2081', 'öppen');
  const inaugurated = centre('c', '2081', 'öppen', { events: [ev('invigd', '2023-02-10')] });

  it('reads the opening year, or the inauguration year when no opening is recorded', () => {
    expect(openingYear(dated)).toBe(2021);
    expect(openingYear(inaugurated)).toBe(2023);
    expect(openingYear(undated)).toBeNull();
  });
  it('counts centres that opened within the period, inclusive, and skips a centre with no date', () => {
    expect(openedInPeriod(['2081'], [dated, undated, inaugurated], 2020, 2022).map((c) => c.id)).toEqual(['a']);
    expect(openedInPeriod(['2081'], [dated, undated, inaugurated], 2021, 2023).map((c) => c.id)).toEqual(['a', 'c']);
  });
});
