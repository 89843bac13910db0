import { z } from 'astro/zod';
import { partialDate, reviewFields, sourceList, text } from './common.ts';
import { summaryField } from './guidance.ts';

/** A strategy document described on the site (src/content/strategy/*.mdx). */
export const strategySchema = z.object({
  title: text(
    {
      label: 'Rubrik',
      help: 'Strategins namn.',
      example: 'Region Dalarnas strategi för familjecentraler (2017)',
      expected: 'the strategy’s title',
    },
    { min: 3 },
  ),
  summary: summaryField(),
  publisher: text(
    {
      label: 'Utgivare',
      help: 'Vem som antog strategin.',
      example: 'Region Dalarna',
      expected: 'who adopted it',
    },
    { min: 3 },
  ),
  adopted: partialDate({
    label: 'Antagen',
    help: 'När strategin antogs, så noga som det är känt.',
    example: '2017',
  }),
  sources: sourceList(),
  ...reviewFields(),
});
