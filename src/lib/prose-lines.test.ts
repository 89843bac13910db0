import { expect, it } from 'vitest';
import { proseLines } from './prose-lines';

it('keeps prose lines with their numbers and leaves out fenced code', () => {
  expect(proseLines('a\n```\nkod\n```\nb\n~~~\nmer\n~~~')).toEqual([
    { text: 'a', line: 1 },
    { text: 'b', line: 5 },
  ]);
});
