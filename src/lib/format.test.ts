import { describe, expect, it } from 'vitest';
import {
  compareSv,
  formatDate,
  formatList,
  formatNumber,
  formatPartialDate,
  kommunName,
  lanFullName,
} from './format';

describe('formatPartialDate', () => {
  it('writes a full date the Swedish way', () =>
    expect(formatPartialDate('2021-05-14')).toBe('14 maj 2021'));
  it('writes a month and year', () => expect(formatPartialDate('2023-11')).toBe('november 2023'));
  it('keeps a bare year', () => expect(formatPartialDate('2019')).toBe('2019'));
});

describe('Swedish formatting', () => {
  it('formats a date in sv-SE, independent of the time zone', () => {
    expect(formatDate(new Date('2026-01-01T00:00:00Z'))).toBe('1 januari 2026');
  });
  it('groups thousands with a space and uses a decimal comma', () => {
    expect(formatNumber(1234.5, 1).replace(/\s/g, ' ')).toBe('1 234,5');
  });
  it('joins lists with "och"', () =>
    expect(formatList(['Mora', 'Orsa', 'Leksand'])).toBe('Mora, Orsa och Leksand'));
  it('sorts å, ä and ö after z', () => {
    expect(['Örebro', 'Älvdalen', 'Avesta', 'Åre', 'Zinkgruvan'].sort(compareSv)).toEqual([
      'Avesta',
      'Zinkgruvan',
      'Åre',
      'Älvdalen',
      'Örebro',
    ]);
  });
});

describe('kommunName', () => {
  it.each([
    ['Mora', 'Mora kommun'],
    ['Smedjebacken', 'Smedjebackens kommun'],
    ['Malung-Sälen', 'Malung-Sälens kommun'],
    ['Borlänge', 'Borlänge kommun'],
    ['Falun', 'Falu kommun'],
  ])('%s → %s', (name, official) => expect(kommunName(name)).toBe(official));
});

describe('lanFullName', () => {
  it('writes the län’s official name', () => {
    expect(
      [
        'Stockholm',
        'Uppsala',
        'Örebro',
        'Dalarna',
        'Kalmar',
        'Västra Götaland',
        'Skåne',
        'Norrbotten',
      ].map(lanFullName),
    ).toEqual([
      'Stockholms län',
      'Uppsala län',
      'Örebro län',
      'Dalarnas län',
      'Kalmar län',
      'Västra Götalands län',
      'Skåne län',
      'Norrbottens län',
    ]);
  });
});
