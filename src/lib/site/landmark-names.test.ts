import { expect, it } from 'vitest';
import { uniqueName } from './landmark-names';

it('numbers a name given twice on a page, and starts again on the next page', () => {
  const [one, two] = [{}, {}];
  expect([
    uniqueName(one, 'Tabell'),
    uniqueName(one, 'Tabell'),
    uniqueName(one, 'Annan'),
    uniqueName(two, 'Tabell'),
  ]).toEqual(['Tabell', 'Tabell 2', 'Annan', 'Tabell']);
});
