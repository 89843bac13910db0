import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest';

describe('closest', () => {
  it('suggests near misses only, closest first', () => {
    expect(
      closest('/vagledning/vardegrun/', ['/', '/vagledning/', '/vagledning/vardegrund/']),
    ).toEqual(['/vagledning/vardegrund/']);
    expect(closest('/helt-annat/', ['/vagledning/vardegrund/'])).toEqual([]);
    expect(
      closest('mora-familjenshus', [
        'mora-familjens-hus',
        'orsa-familjens-hus',
        'kopparberg-pm-2018',
      ]),
    ).toEqual(['mora-familjens-hus', 'orsa-familjens-hus']);
  });
  it('matches a part of an id, and a label as well as the id, showing the label', () => {
    expect(closest('kopparberg-pm', ['kopparberg-pm-2018', 'geneta-invigning'])).toEqual([
      'kopparberg-pm-2018',
    ]);
    expect(
      closest('Mora', ['2062', '2080'], {
        labels: new Map([
          ['2062', 'Mora'],
          ['2080', 'Falun'],
        ]),
      }),
    ).toEqual(['2062 (Mora)']);
    expect(
      closest('2089', ['2080', '2081', '1880'], {
        labels: new Map([
          ['2080', 'Falun'],
          ['2081', 'Borlänge'],
        ]),
      }),
    ).toEqual(['2080 (Falun)', '2081 (Borlänge)']);
  });
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('bcv', 'bvc')).toBe(1);
  });
});
