import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  isKnown,
  newest,
  olderThan,
  periodEnd,
  periodStart,
  surelyBefore,
} from './partial-date';
import { isoDay } from './partial-date';

describe('partial dates as periods', () => {
  it('knows where a year, a month and a day start and end', () => {
    expect([isoDay(periodStart('2019')), isoDay(periodEnd('2019'))]).toEqual([
      '2019-01-01',
      '2019-12-31',
    ]);
    expect([isoDay(periodStart('2024-02')), isoDay(periodEnd('2024-02'))]).toEqual([
      '2024-02-01',
      '2024-02-29',
    ]);
    expect([isoDay(periodStart('2023-10-23')), isoDay(periodEnd('2023-10-23'))]).toEqual([
      '2023-10-23',
      '2023-10-23',
    ]);
  });

  it('treats "okänd" and malformed text as unknown', () => {
    expect([isKnown('okänd'), isKnown('2019-13'), isKnown(undefined), isKnown('2021-05')]).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('says one date is surely before another only when the periods do not overlap', () => {
    expect(surelyBefore('2019', '2020-01')).toBe(true);
    expect(surelyBefore('2019', '2019-09')).toBe(false);
    expect(surelyBefore('2019-09', '2019')).toBe(false);
    expect(surelyBefore('2023-10-23', '2023-10-16')).toBe(false);
  });

  it('orders by start, the less precise first', () => {
    expect(['2023-05', '2019', '2019-09', '2014-11-11'].sort(comparePartialDates)).toEqual([
      '2014-11-11',
      '2019',
      '2019-09',
      '2023-05',
    ]);
  });

  it('finds the newest known date by where it ends', () => {
    expect(newest(['2019', 'okänd', '2019-09', undefined])).toBe('2019');
    expect(newest(['2023-10-16', '2023-10-23', '2021'])).toBe('2023-10-23');
    expect(newest(['okänd'])).toBeUndefined();
  });

  it('says a date is more than two years old only when its whole period is', () => {
    const today = new Date('2026-11-23T00:00:00Z');
    expect(olderThan('2024-05', today, 2)).toBe(true);
    expect(olderThan('2024-11-23', today, 2)).toBe(false);
    expect(olderThan('2024', today, 2)).toBe(false);
    expect(olderThan('2019', today, 2)).toBe(true);
  });
});
