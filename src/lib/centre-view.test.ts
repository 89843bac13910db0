import { describe, expect, it } from 'vitest';
import { colocationOf } from './centre-view';

const four = (colocated: 'ja' | 'delvis' | 'nej' | 'okänd') =>
  (['mvc', 'bvc', 'oppen-forskola', 'socialtjanst'] as const).map((service) => ({ service, colocated }));

describe('colocationOf', () => {
  it('is "ja" only when all four services are there and co-located', () => {
    expect(colocationOf(four('ja'))).toBe('ja');
    expect(colocationOf(four('ja').slice(0, 3))).toBe('delvis');
  });
  it('is "okänd" when nothing is known, including no services listed', () => {
    expect(colocationOf([])).toBe('okänd');
    expect(colocationOf(four('okänd'))).toBe('okänd');
  });
  it('is "delvis" for a mix, and "nej" when none is co-located', () => {
    expect(colocationOf([...four('nej').slice(0, 2), ...four('ja').slice(2)])).toBe('delvis');
    expect(colocationOf(four('nej'))).toBe('nej');
  });
});
