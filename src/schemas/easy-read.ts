import { z } from 'astro/zod';
import { reviewFields, sourceList, text } from './common.ts';
import { summaryField } from './guidance.ts';

/**
 * A text in easy Swedish (lättläst, src/content/lattlast/*.mdx), written after MTM's advice:
 * short lines, one idea in each sentence, everyday words.
 */
export const easyReadSchema = z.object({
  title: text(
    {
      label: 'Rubrik',
      help: 'Sidans rubrik.',
      example: 'Vad är en familjecentral?',
      expected: 'the page title, for example "Vad är en familjecentral?"',
    },
    { min: 3 },
  ),
  summary: summaryField('Visas i listor och som sidans beskrivning.'),
  sources: sourceList(),
  ...reviewFields(),
});
