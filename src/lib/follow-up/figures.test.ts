import { describe, expect, it } from 'vitest';
import { answerCounts, baselineCount, followUpYears, median, type FollowUpFacts } from './figures';
import { stackedBars } from './bar-chart';
import { FOLLOW_UP_DIMENSION_IDS } from '../../schemas/follow-up-vocabulary';
import { defined } from '../../../tests/support/defined';

const all = (answer: FollowUpFacts['answers'][keyof FollowUpFacts['answers']]) =>
  Object.fromEntries(FOLLOW_UP_DIMENSION_IDS.map((id) => [id, answer])) as FollowUpFacts['answers'];
const facts = (
  centre: string,
  year: number,
  answers: FollowUpFacts['answers'],
  hours?: number,
  covers: FollowUpFacts['covers'] = 'oppen',
): FollowUpFacts => ({
  kommun: '2085',
  kommunName: 'Ludvika',
  ...(covers !== 'ingen' && { centre, centreName: centre.toUpperCase() }),
  covers,
  label: centre.toUpperCase(),
  year,
  answeredBy: 'Samordnare',
  answers,
  openPreschoolHours: hours,
  documents: { workPlan: 'ja', annualReport: 'nej', visitorSurvey: 'okänd' },
});

describe('the county follow-up', () => {
  const years = followUpYears(
    [
      facts('a', 2026, all('ja'), 10),
      facts('b', 2026, { ...all('nej'), samordnare: 'delvis' }, 14),
      facts('a', 2025, all('okänd')),
      facts('p', 2026, all('nej'), 3, 'planerad'),
      facts('k', 2026, all('nej'), undefined, 'ingen'),
    ],
    [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
    ],
    { samordnare: '6 av 8 familjecentraler' },
  );

  it('has each year with follow-ups, newest first, and names the open centres that sent nothing', () => {
    expect(
      years.map((y) => [y.year, y.followUps.map((f) => f.centre), y.missing.map((m) => m.id)]),
    ).toEqual([
      [2026, ['a', 'b'], ['c']],
      [2025, ['a'], ['b', 'c']],
    ]);
  });

  it('keeps a planned centre’s and a centre-less kommun’s answers beside the figures, not in them', () => {
    expect(years[0]?.others.map((f) => [f.label, f.covers])).toEqual([
      ['K', 'ingen'],
      ['P', 'planerad'],
    ]);
    expect(years[0]?.hours.openPreschool).toEqual([10, 14]);
    expect(answerCounts(defined(years[0]?.others[0]))).toEqual({
      ja: 0,
      delvis: 0,
      nej: FOLLOW_UP_DIMENSION_IDS.length,
      okänd: 0,
    });
  });

  it('counts every answer of every question, with the share of ja and the baseline beside it', () => {
    const samordnare = years[0]?.dimensions.find((d) => d.id === 'samordnare');
    expect(samordnare).toEqual({
      id: 'samordnare',
      name: 'Samordnare',
      counts: { ja: 1, delvis: 1, nej: 0, okänd: 0 },
      shareJa: 0.5,
      baseline: '6 av 8 familjecentraler',
    });
    for (const d of years[0]?.dimensions ?? [])
      expect(Object.values(d.counts).reduce((a, b) => a + b)).toBe(2);
    expect(years[1]?.dimensions.every((d) => d.counts.okänd === 1 && d.shareJa === 0)).toBe(true);
  });

  it('counts the documents and keeps the hours reported', () => {
    expect(years[0]?.documents.map((d) => d.counts)).toEqual([
      { ja: 2, nej: 0, okänd: 0 },
      { ja: 0, nej: 2, okänd: 0 },
      { ja: 0, nej: 0, okänd: 2 },
    ]);
    expect(years[0]?.hours.openPreschool).toEqual([10, 14]);
    expect(median(years[0]?.hours.openPreschool ?? [])).toBe(12);
    expect(median([])).toBeUndefined();
  });
});

describe('stacked bars', () => {
  it('makes each segment as wide as its share, and leaves out what is zero', () => {
    const chart = stackedBars(
      [
        { label: 'X', values: { a: 1, b: 3, c: 0 } },
        { label: 'Y', values: { a: 0, b: 0, c: 2 } },
      ],
      ['a', 'b', 'c'],
      { width: 400, labelHeight: 20, barHeight: 20, gap: 10 },
    );
    expect(chart.rows[0]?.bars).toEqual([
      { key: 'a', value: 1, x: 0, width: 100 },
      { key: 'b', value: 3, x: 100, width: 300 },
    ]);
    expect(chart.rows[1]).toMatchObject({
      label: 'Y',
      y: 70,
      bars: [{ key: 'c', value: 2, x: 0, width: 400 }],
    });
    expect(chart.rows[1]?.labelY).toBeLessThan(defined(chart.rows[1]).y);
    expect(chart.height).toBe(100);
  });
});

describe('baselineCount', () => {
  it('reads "N av M" at the start of a baseline, and nothing else', () => {
    expect(
      baselineCount('5 av 8 familjecentraler, och 2 till har fått en samordnare sedan dess'),
    ).toEqual({ n: 5, total: 8 });
    expect(baselineCount('mellan 6 och 24 timmar i veckan')).toBeUndefined();
    expect(baselineCount('9 av 8')).toBeUndefined();
  });
});
