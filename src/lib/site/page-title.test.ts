import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle, shortTitle } from './page-title';

describe('pageTitle', () => {
  it('adds the site name after the page title', () => {
    expect(pageTitle('Ordlista', 'Familjecentraler i Dalarna')).toBe(
      'Ordlista – Familjecentraler i Dalarna',
    );
  });
  it('uses the site name alone on the home page', () => {
    expect(pageTitle('Start', 'Familjecentraler i Dalarna', true)).toBe(
      'Familjecentraler i Dalarna',
    );
  });
  it('drops the site name when the pair would be too long', () => {
    const long = 'Region Dalarnas strategi för familjecentraler (2017)';
    expect(pageTitle(long, 'Familjecentraler i Dalarna')).toBe(long);
    expect(`${long} – Familjecentraler i Dalarna`.length).toBeGreaterThan(MAX_TITLE_LENGTH);
  });
});

describe('shortTitle', () => {
  it('keeps a title that fits', () =>
    expect(shortTitle('Källa: Mödrahälsovård')).toBe('Källa: Mödrahälsovård'));
  it('cuts a long title at a word, with an ellipsis, within the limit', () => {
    const long =
      'Källa: Vilka är de huvudsakliga skillnaderna gällande offentlighet och sekretess mellan en offentlig respektive privat vårdgivare?';
    const short = shortTitle(long);
    expect(short).toBe('Källa: Vilka är de huvudsakliga skillnaderna gällande offentlighet…');
    expect(short.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});
