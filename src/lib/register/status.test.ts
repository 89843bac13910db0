import { describe, expect, it } from 'vitest';
import { checkEvents, statusEvent } from './status';
import { ev } from '../../../tests/support/test-centres';

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
    expect(checkEvents('planerad', [ev('planerad-oppning', '2023')])[0]?.path).toEqual(['events']);
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
