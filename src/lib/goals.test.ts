import { describe, expect, it } from 'vitest';
import { goalProgress } from './goals';
import type { CentreFacts } from './coverage';

const c = (id: string, kommun: string, status: CentreFacts['status'], events: CentreFacts['events'] = []): CentreFacts => ({ id, kommun, status, kind: 'familjecentral', events });
const kommuner = ['2080', '2081', '2061'];

describe('goalProgress', () => {
  it('counts kommuner with an open centre against "alla"', () => {
    const progress = goalProgress({ measure: 'kommuner-med-familjecentral', period: { from: 2019, to: 2019 }, target: 'alla' }, kommuner, [c('a', '2080', 'öppen'), c('b', '2080', 'öppen'), c('d', '2061', 'beslutad')]);
    expect(progress).toEqual({
      current: 1,
      target: 3,
      reached: false,
      statement: '1 av 3 kommuner har minst en öppen familjecentral enligt uppgifterna. 1 kommun har en planerad eller beslutad, och 1 har ingen som vi känner till.',
    });
  });

  it('counts only centres with a known opening in the period', () => {
    const centres = [c('a', '2081', 'öppen', [{ event: 'oppnad', date: '2021-03' }]), c('b', '2080', 'öppen'), c('d', '2061', 'planerad')];
    const progress = goalProgress({ measure: 'nya-familjecentraler-i-perioden', period: { from: 2020, to: 2022 }, target: 2 }, kommuner, centres);
    expect(progress.current).toBe(1);
    expect(progress.reached).toBe(false);
    expect(progress.statement).toContain('1 ny familjecentral med känt öppningsdatum 2020–2022 av målet 2');
  });
});
