import { describe, expect, it } from 'vitest';
import { programmeAge, statusAge, supportingEvents } from './fact-age';
import { ev } from '../../../tests/support/test-centres';

const dates: Record<string, string> = {
  region2020: '2020-08-28',
  kommun2024: '2024-05-13',
  dt2020: '2020-01',
  parti: 'okänd',
  sida: 'okänd',
};
const sourceDate = (id: string) => dates[id] ?? 'okänd';
const today = new Date('2026-12-07T00:00:00Z');

describe('the age of a status', () => {
  it('rests on the events that set the status the centre has now, not on those before it', () => {
    const events = [
      ev('avsiktsforklaring', '2019-12-18', 'x'),
      ev('beslut', 'okänd', 'parti'),
      ev('lokaler', 'okänd', 'sida'),
    ];
    expect(supportingEvents('beslutad', events).map((e) => e.event)).toEqual(['beslut', 'lokaler']);
    // Only undated sources tell of the decision: the status is undated, however dated the letter of intent is.
    expect(statusAge('beslutad', events, sourceDate, today)).toEqual({
      state: 'odaterad',
      source: 'sida',
      undated: ['parti', 'sida'],
    });
  });
  it('is the newest dated fact, an event dated by its source when it has no date of its own', () => {
    const events = [ev('i-drift', '2019', 'region2020'), ev('i-drift', 'okänd', 'kommun2024')];
    expect(statusAge('öppen', events, sourceDate, today)).toEqual({
      state: 'aldre',
      date: '2024-05-13',
      source: 'kommun2024',
      undated: [],
    });
    expect(statusAge('öppen', events, sourceDate, new Date('2025-01-01T00:00:00Z'))?.state).toBe(
      'ny',
    );
  });
  it('keeps undated sources beside a dated one, never taking them for newer', () => {
    const events = [
      ev('i-drift', '2019', 'region2020'),
      ev('i-drift', '2020-01', 'dt2020'),
      ev('i-drift', 'okänd', 'sida'),
    ];
    expect(statusAge('öppen', events, sourceDate, today)).toEqual({
      state: 'aldre',
      date: '2020-01',
      source: 'dt2020',
      undated: ['sida'],
    });
  });
  it('dates a programme by the newest of its sources', () => {
    expect(
      programmeAge(
        [
          { id: 'a', date: '2023-10-16' },
          { id: 'b', date: 'okänd' },
        ],
        today,
      ),
    ).toEqual({
      state: 'aldre',
      date: '2023-10-16',
      source: 'a',
      undated: ['b'],
    });
    expect(programmeAge([{ id: 'b', date: 'okänd' }], today)?.state).toBe('odaterad');
    expect(programmeAge([], today)).toBeUndefined();
  });
});
