import { expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

it('quotes fields that need it and doubles quotes', () => {
  expect(csvField('Mora')).toBe('Mora');
  expect(csvField('Falu kommun, Region Dalarna')).toBe('"Falu kommun, Region Dalarna"');
  expect(csvField('Familjens "hus"')).toBe('"Familjens ""hus"""');
});
it('writes lists with | and unknown values as empty', () => {
  expect(csvField(['mvc', 'bvc'])).toBe('mvc|bvc');
  expect(csvField(null)).toBe('');
});
it('writes a table: the header, then each row’s values in the columns’ order, with CRLF line ends', () => {
  expect(
    toCsv(
      [
        { a: 1, b: 'x, y' },
        { a: 2, b: null },
      ],
      ['b', 'a'],
    ),
  ).toBe('b,a\r\n"x, y",1\r\n,2\r\n');
});
