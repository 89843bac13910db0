import { describe, expect, it } from 'vitest';
import { formatStaleStatusReport, staleStatuses } from './stale-status';
import { ev } from '../../../tests/support/test-centres';

const entry = (file: string, events: ReturnType<typeof ev>[]) => ({
  file,
  title: file,
  owner: 'Regional samordnare',
  status: 'öppen' as const,
  events,
});
const dates: Record<string, string> = { ny: '2026-05-01', gammal: '2020-08-28' };

describe('staleStatuses', () => {
  const today = new Date('2026-11-22T00:00:00Z');
  const entries = [
    entry('ny.mdx', [ev('i-drift', '2026-05', 'ny')]),
    entry('gammal.mdx', [ev('i-drift', '2019', 'gammal')]),
    entry('odaterad.mdx', [ev('i-drift', 'okänd', 'parti')]),
  ];

  it('lists the centres whose status is more than two years old or undated, with source and owner', () => {
    const stale = staleStatuses(entries, (id) => dates[id] ?? 'okänd', today);
    expect(stale.map((s) => [s.file, s.asOf, s.source])).toEqual([
      ['gammal.mdx', '2019', 'gammal'],
      ['odaterad.mdx', undefined, 'parti'],
    ]);
    expect(formatStaleStatusReport(stale)).toBe(
      'Status äldre än två år eller utan datum: 2 familjecentraler. Sök en nyare källa, eller låt sidan visa läget då.\n' +
        '* gammal.mdx\n    gammal.mdx: öppen, läget 2019 (gammal)\n    ansvarig: Regional samordnare\n' +
        '* odaterad.mdx\n    odaterad.mdx: öppen, källan saknar datum (parti)\n    ansvarig: Regional samordnare',
    );
  });
});
