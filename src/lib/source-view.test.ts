import { describe, expect, it } from 'vitest';
import { attributions, sourceRef, sourcesAgeText } from './source-view';

const page = (id: string, publisher: string, date: string, reported = false) =>
  sourceRef(id, { title: id, publisher, date, accessed: new Date('2026-12-01'), reported });

describe('attributions', () => {
  it('gives one source in full, with when an undated page was read', () => {
    expect(attributions([page('a', '1177 Dalarna', 'okänd')])).toBe(
      '1177 Dalarna, utan datum, läst 1 december 2026',
    );
  });
  it('names each teller once with its dates, and says "enligt" for a reported source', () => {
    const sources = [
      page('a', 'Socialstyrelsen', 'okänd'),
      page('b', 'Socialstyrelsen', '2014-06'),
      page('c', 'Regeringen', '2025-09-11'),
      page('d', 'Lawline', '2021-02-24', true),
      page('e', 'Socialstyrelsen', 'okänd'),
    ];
    expect(attributions(sources)).toBe(
      'Socialstyrelsen, utan datum och juni 2014; Regeringen, 11 september 2025; enligt Lawline, 24 februari 2021',
    );
  });
});

describe('sourcesAgeText', () => {
  it('says from which years the page’s sources are, and how many are undated', () => {
    expect(
      sourcesAgeText([
        page('a', 'A', '2019'),
        page('b', 'B', '2024-05-13'),
        page('c', 'C', 'okänd'),
      ]),
    ).toBe('Uppgifterna bygger på källor från 2019–2024; 1 källa saknar datum.');
    expect(sourcesAgeText([page('a', 'A', '2019')])).toBe(
      'Uppgifterna bygger på källor från 2019.',
    );
    expect(sourcesAgeText([page('a', 'A', 'okänd')])).toBe(
      'Uppgifterna bygger på källor utan datum.',
    );
    expect(sourcesAgeText([])).toBeUndefined();
  });
});
