import { expect, it } from 'vitest';
import { csvField } from './open-data';

it('quotes fields that need it and doubles quotes', () => {
  expect(csvField('Mora')).toBe('Mora');
  expect(csvField('Falu kommun, Region Dalarna')).toBe('"Falu kommun, Region Dalarna"');
  expect(csvField('Familjens "hus"')).toBe('"Familjens ""hus"""');
});
it('writes lists with | and unknown values as empty', () => {
  expect(csvField(['mvc', 'bvc'])).toBe('mvc|bvc');
  expect(csvField(null)).toBe('');
});
