import { z } from 'astro/zod';
import { kommunRef, partialDate, reviewFields, sourceList, text } from './common.ts';

/** A dated event (src/content/news/*.md). */
export const newsSchema = z.object({
  title: text(
    {
      label: 'Rubrik',
      help: 'Vad som hände, kort.',
      example: 'Familjens hus i Orsa invigs',
      expected: 'a title of at least 5 characters',
    },
    { min: 5 },
  ),
  date: partialDate({
    label: 'Datum',
    help: 'När det hände, så noga som det är känt, med citattecken.',
    example: '"2023-10-23"',
  }),
  kommun: kommunRef({
    label: 'Kommun',
    help: 'Kommunen det gäller, om en, med dess officiella kod.',
    example: '"2034"',
  }).optional(),
  sources: sourceList(),
  ...reviewFields(),
});
