import { describe, expect, it } from 'vitest';
import { formatReviewReport, reviewDeadline, staleEntries } from './review';
import { isoDay } from '../format';

const entry = (file: string, date: string) => ({
  file,
  title: file,
  owner: 'Regional samordnare',
  lastReviewed: new Date(`${date}T00:00:00Z`),
});
const today = new Date('2026-11-22T00:00:00Z');

describe('reviewDeadline', () => {
  it('is the same day a year earlier', () =>
    expect(isoDay(reviewDeadline(today))).toBe('2025-11-22'));
  it('keeps the end of February in February', () =>
    expect(isoDay(reviewDeadline(new Date('2028-02-29T00:00:00Z')))).toBe('2027-02-28'));
});

describe('staleEntries', () => {
  const entries = [
    entry('a.mdx', '2026-11-22'),
    entry('b.mdx', '2025-11-22'),
    entry('c.mdx', '2025-11-21'),
    entry('d.yaml', '2019-01-01'),
  ];

  it('lists entries reviewed more than twelve months ago, oldest first, and not the one exactly a year old', () => {
    expect(staleEntries(entries, today).map((e) => e.file)).toEqual(['d.yaml', 'c.mdx']);
  });
  it('takes another period', () => {
    expect(staleEntries(entries, today, 6).map((e) => e.file)).toEqual([
      'd.yaml',
      'c.mdx',
      'b.mdx',
    ]);
  });
});

describe('formatReviewReport', () => {
  it('names file, title, date and owner of each overdue entry', () => {
    const report = formatReviewReport([entry('d.yaml', '2019-01-01')], 4, today);
    expect(report).toBe(
      'Granskning 2026-11-22: 4 poster, 1 senast granskade före 2025-11-22 (mer än 12 månader sedan).\n- d.yaml\n    d.yaml\n    senast granskad: 2019-01-01\n    ansvarig: Regional samordnare',
    );
  });
  it('says so when nothing is overdue', () => {
    expect(formatReviewReport([], 4, today)).toContain('Alla poster är granskade inom 12 månader.');
  });
});
