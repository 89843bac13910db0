import { describe, expect, it } from 'vitest';
import { checkEvents, isStale, newestKnown, statusAsOf, statusEvent } from './status';
import { ev } from '../../../tests/support/test-centres';

const dates: Record<string, string> = {
  kommun2024: '2024-05-13',
  region2020: '2020-08-28',
  parti: 'okänd',
};
const sourceDate = (id: string) => dates[id] ?? 'okänd';
const today = new Date('2026-11-23T00:00:00Z');

describe('the status follows the newest event', () => {
  const borlange = [
    ev('beslut', '2019', 'kommun'),
    ev('planerad-oppning', '2023', 'kommun'),
    ev('invigd', '2023-05', 'kommun2024'),
  ];

  it('takes the last event that sets a status, skipping plans', () => {
    expect(statusEvent(borlange)?.event.event).toBe('invigd');
    expect(statusEvent([ev('beslut', '2019'), ev('planerad-oppning', '2023')])?.event.event).toBe(
      'beslut',
    );
    expect(statusEvent([ev('planerad-oppning', '2023')])).toBeUndefined();
  });

  it('accepts a status that agrees with the newest event', () => {
    expect(checkEvents('öppen', borlange)).toEqual([]);
  });

  it('rejects a status the newest event contradicts, naming the field, what it received and what is expected', () => {
    expect(checkEvents('beslutad', borlange)).toEqual([
      {
        path: ['status'],
        message:
          'expected "öppen", the status that the newest event gives ("invigd", 2023-05, events[2]); received "beslutad". Change the status, or add the newer event that supports it',
      },
    ]);
  });

  it('rejects events out of date order, and a centre with no event that shows a status', () => {
    expect(
      checkEvents('öppen', [ev('invigd', '2023-05'), ev('beslut', '2019')]).map((p) => p.path),
    ).toEqual([['events', 1, 'date'], ['status']]);
    expect(checkEvents('planerad', [ev('planerad-oppning', '2023')])[0].path).toEqual(['events']);
  });

  it('lets undated events stand anywhere, in the order the editor wrote them', () => {
    expect(
      checkEvents('beslutad', [
        ev('avsiktsforklaring', '2019-12-18'),
        ev('lokaler', 'okänd', 'parti'),
        ev('planerad-oppning', '2024'),
      ]),
    ).toEqual([]);
  });
});

describe('as of when a status is known', () => {
  it('is the status event’s date, or its source’s date when the event has none', () => {
    expect(statusAsOf([ev('i-drift', '2019', 'region2020')], sourceDate)).toMatchObject({
      date: '2019',
      source: 'region2020',
    });
    expect(statusAsOf([ev('i-drift', 'okänd', 'kommun2024')], sourceDate)?.date).toBe('2024-05-13');
    expect(statusAsOf([ev('lokaler', 'okänd', 'parti')], sourceDate)?.date).toBeUndefined();
  });

  it('is stale when more than two years old, or undated', () => {
    expect(isStale(statusAsOf([ev('invigd', '2023-05', 'kommun2024')], sourceDate)!, today)).toBe(
      true,
    );
    expect(isStale(statusAsOf([ev('i-drift', '2025-01', 'x')], sourceDate)!, today)).toBe(false);
    expect(isStale(statusAsOf([ev('lokaler', 'okänd', 'parti')], sourceDate)!, today)).toBe(true);
  });

  it('finds the newest dated fact: a step by its date or else its source’s, a plan by its source’s only', () => {
    const undatedSource = (id: string) => (id === 'x' ? '2020' : 'okänd');
    expect(
      newestKnown(
        [
          ev('avsiktsforklaring', '2019-12-18', 'x'),
          ev('lokaler', 'okänd', 'parti'),
          ev('planerad-oppning', '2024', 'parti'),
        ],
        undatedSource,
      ),
    ).toEqual({ date: '2019-12-18', source: 'x' });
    expect(
      newestKnown(
        [ev('i-drift', 'okänd', 'kommun2024'), ev('i-drift', '2019', 'region2020')],
        sourceDate,
      ),
    ).toEqual({ date: '2024-05-13', source: 'kommun2024' });
    expect(newestKnown([ev('lokaler', 'okänd', 'parti')], sourceDate)).toBeUndefined();
  });
});
