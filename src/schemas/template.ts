import { z } from 'astro/zod';
import { chapterRef, expected, reviewFields, sourceList } from './common';

/**
 * A document template (src/content/templates/*.mdx): a page on the site and a Word document
 * generated from the same text. Places to fill in are written <Fill label="Kommunens namn" />.
 */
export const templateSchema = z.object({
  title: z.string({ error: expected('the document title, for example "Avsiktsförklaring"') }).min(3),
  summary: z
    .string({ error: expected('a summary of 20 to 160 characters') })
    .min(20, { error: expected('a summary of at least 20 characters') })
    .max(160, { error: expected('a summary of at most 160 characters') }),
  /** Position in the list of templates: 1, 2, 3 … */
  order: z.number({ error: expected('a whole number giving the position in the list of templates') }).int().positive(),
  /** The chapter of the vägledning that explains when and how the document is used. */
  chapter: chapterRef,
  sources: sourceList,
  ...reviewFields,
});
