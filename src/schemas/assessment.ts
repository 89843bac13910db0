import { z } from 'astro/zod';
import { chapterRef, expected, reviewFields, sourceList } from './common';

/** One question of the self-assessment (src/content/self-assessment.yaml). */
export const assessmentSchema = z.object({
  order: z.number({ error: expected('a whole number giving the question’s position') }).int().positive(),
  /** A short name for the summary: "Samordnare". */
  name: z.string({ error: expected('a short name, for example "Samordnare"') }).min(3),
  /** The question, answered ja, delvis or nej. */
  question: z.string({ error: expected('a question that can be answered ja, delvis or nej') }).min(10),
  /** How Dalarna's centres answered in the 2019 survey, for comparison; null when it was not asked. */
  dalarna2019: z.string({ error: expected('the 2019 survey result as text, or null') }).nullable(),
  /** The chapter section that helps with a gap. */
  chapter: chapterRef,
  section: z.string({ error: expected('the text of a heading in the chapter, for example "Samordnare"') }),
  sources: sourceList,
  ...reviewFields,
});
