import { z } from 'astro/zod';
import { expected, partialDate, reviewFields, sourceList } from './common';

/** A strategy document described on the site (src/content/strategy/*.mdx). */
export const strategySchema = z.object({
  title: z.string().min(3),
  summary: z.string().min(20).max(160, { error: expected('a summary of at most 160 characters') }),
  /** Who adopted the strategy. */
  publisher: z.string().min(3),
  /** When it was adopted, as precisely as known. */
  adopted: partialDate,
  sources: sourceList,
  ...reviewFields,
});
