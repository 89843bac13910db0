import { z } from 'astro/zod';
import { expected, reviewFields, sourceList } from './common';

/**
 * A text in easy Swedish (lättläst, src/content/lattlast/*.md), written after MTM's advice:
 * short lines, one idea in each sentence, everyday words.
 */
export const easyReadSchema = z.object({
  title: z.string({ error: expected('the page title, for example "Vad är en familjecentral?"') }).min(3),
  /** Shown in lists and as the meta description. */
  summary: z
    .string({ error: expected('a summary of 20 to 160 characters') })
    .min(20, { error: expected('a summary of at least 20 characters') })
    .max(160, { error: expected('a summary of at most 160 characters') }),
  sources: sourceList,
  ...reviewFields,
});
