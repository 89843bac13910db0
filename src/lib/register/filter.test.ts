import { describe, expect, it } from 'vitest';
import { countText, EMPTY_FILTER, matchesFilter, parseFilter, serializeFilter } from './filter';

const falun = { kommun: '2080', status: 'öppen', services: ['mvc', 'bvc'], colocation: 'okänd' };

describe('the filter address', () => {
  it('round-trips a state through the query string', () => {
    const state = {
      kommun: '2080',
      status: ['öppen', 'planerad'],
      tjanst: ['bvc'],
      samlokalisering: 'ja',
    };
    expect(parseFilter(serializeFilter(state))).toEqual(state);
  });
  it('is empty when nothing is filtered', () => expect(serializeFilter(EMPTY_FILTER)).toBe(''));
});

describe('matchesFilter', () => {
  it('matches everything with an empty filter', () =>
    expect(matchesFilter(falun, EMPTY_FILTER)).toBe(true));
  it('filters by kommun, status and co-location', () => {
    expect(matchesFilter(falun, { ...EMPTY_FILTER, kommun: '2081' })).toBe(false);
    expect(matchesFilter(falun, { ...EMPTY_FILTER, status: ['planerad', 'öppen'] })).toBe(true);
    expect(matchesFilter(falun, { ...EMPTY_FILTER, samlokalisering: 'ja' })).toBe(false);
  });
  it('requires every checked service to be present', () => {
    expect(matchesFilter(falun, { ...EMPTY_FILTER, tjanst: ['bvc'] })).toBe(true);
    expect(matchesFilter(falun, { ...EMPTY_FILTER, tjanst: ['bvc', 'socialtjanst'] })).toBe(false);
  });
});

it('says how many are shown', () => {
  expect(countText(17, 17)).toBe('Visar alla 17 familjecentraler.');
  expect(countText(2, 17)).toBe('Visar 2 av 17 familjecentraler.');
  expect(countText(0, 17)).toBe('Ingen av 17 familjecentraler matchar filtret.');
  expect(countText(0, 17, 'Vansbro')).toBe(
    'Ingen familjecentral känd i Vansbro. Se kommunens sida nedan för närmaste familjecentral och vart du kan gå.',
  );
});
