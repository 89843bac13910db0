import { expect, it } from 'vitest';
import { joinBase } from './paths';

it('joins paths at the root', () => expect(joinBase('/', '/vagledning/')).toBe('/vagledning/'));
it('joins paths under a base path, with or without its trailing slash', () => {
  expect(joinBase('/familjecentraler/', '/sok/')).toBe('/familjecentraler/sok/');
  expect(joinBase('/familjecentraler', 'sok/')).toBe('/familjecentraler/sok/');
});
