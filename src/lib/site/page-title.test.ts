import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from './page-title';

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
