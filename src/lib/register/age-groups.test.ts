import { describe, expect, it } from 'vitest';
import { ageGroups } from './age-groups';
import { yearRange } from '../telling/figures';

describe('ageGroups', () => {
  it('groups facts by year, newest first, merging years that follow one another', () => {
    const groups = ageGroups([
      { date: '2019', stale: true },
      { date: '2024-05-13', stale: true },
      { date: '2019', stale: true },
      { date: '2023-10-23', stale: false },
    ]);
    expect(groups).toEqual([
      { from: 2023, to: 2024, count: 2, stale: false },
      { from: 2019, to: 2019, count: 2, stale: true },
    ]);
  });

  it('keeps facts without a date apart, last, and stale', () => {
    expect(ageGroups([{ stale: true }, { date: '2021', stale: false }])).toEqual([
      { from: 2021, to: 2021, count: 1, stale: false },
      { count: 1, stale: true },
    ]);
  });

  it('counts every fact once', () => {
    const facts = [
      { date: '2020', stale: true },
      { date: '2022', stale: true },
      { stale: true },
      { date: '2021', stale: true },
    ];
    expect(ageGroups(facts).reduce((sum, g) => sum + g.count, 0)).toBe(facts.length);
    expect(ageGroups(facts).map(yearRange)).toEqual(['2020–2022', undefined]);
  });
});
