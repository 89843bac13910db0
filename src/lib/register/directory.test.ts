import { describe, expect, it } from 'vitest';
import { centreCount, otherLan, regionGroups } from './directory';
import type { CentreCardData } from './card';

const card = (
  id: string,
  kommunCode: string,
  kommunName: string,
  lanCode: string,
  lanName: string,
): CentreCardData => ({
  id,
  name: id,
  nameKnown: true,
  kommunCode,
  kommunName,
  lanCode,
  lanName,
  status: 'öppen',
  stage: 'oppen',
  age: { state: 'ny', date: '2026' },
  kind: 'familjecentral',
  services: [],
  colocation: 'okänd',
});
const cards = [
  card('b', '2062', 'Mora', '20', 'Dalarna'),
  card('a', '2062', 'Mora', '20', 'Dalarna'),
  card('c', '2080', 'Falun', '20', 'Dalarna'),
  card('d', '0127', 'Botkyrka', '01', 'Stockholm'),
  card('e', '0181', 'Södertälje', '01', 'Stockholm'),
  card('f', '1861', 'Hallsberg', '18', 'Örebro'),
];

describe('the directory split', () => {
  it('keeps the region’s centres on the directory, by kommun in Swedish order, names sorted', () => {
    expect(regionGroups(cards, '20').map((g) => [g.name, g.cards.map((c) => c.id)])).toEqual([
      ['Falun', ['c']],
      ['Mora', ['a', 'b']],
    ]);
  });

  it('puts every other län on its own page with its kommuner, Ö after S', () => {
    const lan = otherLan(cards, '20');
    expect(lan.map((l) => [l.name, l.slug, l.count, l.kommuner.map((k) => k.slug)])).toEqual([
      ['Stockholm', 'stockholm', 2, ['botkyrka', 'sodertalje']],
      ['Örebro', 'orebro', 1, ['hallsberg']],
    ]);
  });

  it('counts in Swedish', () => {
    expect(centreCount(1)).toBe('1 familjecentral');
    expect(centreCount(3)).toBe('3 familjecentraler');
  });
});
