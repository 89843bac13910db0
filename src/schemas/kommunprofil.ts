import { z } from 'astro/zod';
import { expected, fullDate, kommunRef, reviewFields, sourceList } from './common';

/** The editorial text about one kommun of the region (src/content/kommunprofiler/*.md). */
export const kommunprofilSchema = z.object({
  /** The kommun's official four-digit code, for example "2081" for Borlänge. */
  kommun: kommunRef,
  /** One sentence on where the kommun stands, shown on cards and in search results. */
  summary: z.string().min(10).max(200, { error: expected('a summary of at most 200 characters') }),
  /** When someone last searched for newer facts about the kommun (YYYY-MM-DD); the page says so when nothing newer was found. */
  lastSearched: fullDate,
  sources: sourceList,
  ...reviewFields,
});
