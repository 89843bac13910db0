import { z } from 'astro/zod';
import { chapterRef, reviewFields, sourceList, text, wholeNumber } from './common.ts';
import { summaryField } from './guidance.ts';

/**
 * A document template (src/content/templates/*.mdx): a page on the site and a Word document
 * generated from the same text. Places to fill in are written <Fill label="Kommunens namn" />.
 */
export const templateSchema = z.object({
  title: text(
    {
      label: 'Rubrik',
      help: 'Dokumentets rubrik.',
      example: 'Avsiktsförklaring om en familjecentral',
      expected: 'the document title, for example "Avsiktsförklaring"',
    },
    { min: 3 },
  ),
  summary: summaryField(),
  order: wholeNumber(
    {
      label: 'Plats',
      help: 'Mallens plats i listan över mallar.',
      example: '1',
      expected: 'a whole number giving the position in the list of templates',
    },
    { min: 1 },
  ),
  chapter: chapterRef({
    label: 'Kapitel',
    help: 'Kapitlet i vägledningen som förklarar när och hur mallen används.',
    example: 'starta-en-familjecentral',
  }),
  sources: sourceList(),
  ...reviewFields(),
});
