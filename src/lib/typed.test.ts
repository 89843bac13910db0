import { describe, expect, it } from 'vitest';
import { fromKeys, isList, isOneOf, isRecord } from './typed';

describe('typed', () => {
  it('isRecord takes an object with fields, not null, a list or a text', () => {
    expect([{}, { a: 1 }, null, [], 'a', 1, undefined].map(isRecord)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('isList takes a list of anything, nothing else', () => {
    expect([[], [1, 'a'], {}, 'ab', null].map(isList)).toEqual([true, true, false, false, false]);
  });
  it('isOneOf takes exactly the listed values', () => {
    const words = ['ja', 'nej'] as const;
    expect(['ja', 'nej', 'Ja', '', undefined, 1].map((v) => isOneOf(words, v))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
  it('fromKeys makes one value per key', () => {
    expect(fromKeys(['a', 'b'], (k) => k.toUpperCase())).toEqual({ a: 'A', b: 'B' });
  });
});
