import { describe, expect, it } from 'vitest';
import { goalProgress } from './goals';
import { centre, ev } from '../../../tests/support/test-centres';

const kommuner = ['2080', '2081', '2061'];

describe('goalProgress', () => {
  it('counts kommuner with an open centre against "alla"', () => {
    const progress = goalProgress(
      { measure: 'kommuner-med-familjecentral', period: { from: 2019, to: 2019 }, target: 'alla' },
      kommuner,
      [centre('a', '2080', 'öppen'), centre('b', '2080', 'öppen'), centre('d', '2061', 'beslutad')],
    );
    expect(progress).toEqual({
      current: 1,
      target: 3,
      reached: false,
      statement:
        '1 av 3 kommuner har minst en öppen familjecentral enligt den senaste uppgiften om varje kommun: 1 enligt uppgift från 2019. 1 kommun har en på väg (avsiktsförklaring, beslut eller lokaler), och 1 har ingen som vi känner till.',
    });
  });

  it('counts a kommun whose centre is known only from an old source, and says how old', () => {
    const old = centre('a', '2080', 'öppen', { statusStale: true });
    const recent = centre('b', '2081', 'öppen', {
      events: [ev('invigd', '2025-05')],
      statusDate: '2025-05',
    });
    const progress = goalProgress(
      { measure: 'kommuner-med-familjecentral', period: { from: 2019, to: 2019 }, target: 'alla' },
      kommuner,
      [old, recent],
    );
    expect(progress.current).toBe(2);
    expect(progress.statement).toContain(
      ': 1 enligt uppgift från 2025 och 1 enligt uppgift från 2019 – senare uppgift saknas.',
    );
  });

  it('counts only centres with a known opening in the period, and names those that opened after it', () => {
    const centres = [
      centre('a', '2081', 'öppen', { events: [ev('oppnad', '2021-03')] }),
      centre('b', '2080', 'öppen'),
      centre('c', '2080', 'öppen', { name: 'Sopranen', events: [ev('invigd', '2023-05')] }),
      centre('d', '2061', 'planerad'),
    ];
    const progress = goalProgress(
      { measure: 'nya-familjecentraler-i-perioden', period: { from: 2020, to: 2022 }, target: 2 },
      kommuner,
      centres,
    );
    expect(progress.current).toBe(1);
    expect(progress.reached).toBe(false);
    expect(progress.statement).toBe(
      '1 ny familjecentral med känt öppningsdatum 2020–2022 av målet 2. Efter perioden har 1 familjecentral öppnat: Sopranen (2023). 1 familjecentral är planerad eller beslutad; en central vars öppning inte är bekräftad räknas inte.',
    );
  });
});
