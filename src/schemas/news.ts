import { z } from 'astro/zod';
import { kommunRef, partialDate, reviewFields, sourceList } from './common';

/** A dated event (src/content/news/*.md). */
export const newsSchema = z.object({
  title: z.string().min(5),
  /** When it happened, as precisely as known. */
  date: partialDate,
  /** The kommun it concerns, by official code, if one. */
  kommun: kommunRef.optional(),
  sources: sourceList,
  ...reviewFields,
});
