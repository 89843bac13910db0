import { z } from 'astro/zod';
import { chapterRef, entryRef, expected, reviewFields, sourceList } from './common';

/** One step of the start checklist (src/content/start-steps.yaml), in the order of the start chapter. */
export const startStepSchema = z.object({
  order: z.number({ error: expected('a whole number giving the step’s position') }).int().positive(),
  title: z.string({ error: expected('the name of the step, for example "Avsiktsförklaring"') }).min(3),
  /** Who does the step: roles and organisations. */
  who: z.string({ error: expected('who does the step, for example "Kommunen och regionen"') }).min(3),
  /** What the step leaves behind: a decision, a document, a group. */
  produces: z.string({ error: expected('what the step produces, for example "En undertecknad avsiktsförklaring"') }).min(3),
  /** The chapter section that explains the step: chapter id and the heading's text. */
  chapter: chapterRef,
  section: z.string({ error: expected('the text of a heading in the chapter, for example "3. Avsiktsförklaring"') }),
  /** A template that helps, when there is one. */
  template: entryRef('templates', 'the id (file name without .mdx) of a template in src/content/templates/').optional(),
  sources: sourceList,
  ...reviewFields,
});
