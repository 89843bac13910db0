import { describe, expect, it } from 'vitest';
import { centreFieldInWords, statusBasis, untilText } from './review-words';

describe('the review page’s words', () => {
  it('says as of when and by whom a status is known, with a Swedish date and the source’s name', () => {
    expect(
      statusBasis('2021-01-27', {
        short: 'Botkyrka kommun',
        name: 'Nu öppnar familjecentralen',
        isTitle: true,
      }),
    ).toBe('läget 27 januari 2021 enligt Botkyrka kommun (”Nu öppnar familjecentralen”)');
    expect(
      statusBasis('2019', { short: 'Region Dalarna', name: 'Kartläggning', isTitle: true }),
    ).toBe('läget 2019 enligt Region Dalarna (”Kartläggning”)');
    expect(
      statusBasis(undefined, {
        short: 'Hedemora kommun',
        name: 'Hedemora kommuns sida om familjecentralen',
        isTitle: false,
      }),
    ).toBe(
      'enligt Hedemora kommun (Hedemora kommuns sida om familjecentralen), en källa utan datum',
    );
  });

  it('writes a last day in words', () => {
    expect(untilText('2026-12-19')).toBe('till och med 19 december 2026');
  });
});

describe('centreFieldInWords', () => {
  it('says a translated field of a centre in words, counting from 1', () => {
    expect(centreFieldInWords('contact[0].label')).toBe('beskrivningen av kontaktuppgift 1');
    expect(centreFieldInWords('contact[2].note')).toBe('anteckningen till kontaktuppgift 3');
  });
});
