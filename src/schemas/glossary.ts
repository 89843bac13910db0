import { z } from 'astro/zod';
import { entryRef, reviewFields, sourceList } from './common';

/** A term in the Ordlista (src/content/glossary/*.yaml; the file name is the anchor). */
export const glossarySchema = z.object({
  term: z.string().min(2),
  /** The abbreviation, for example "BVC"; chapters expand it with <abbr>. */
  abbreviation: z.string().optional(),
  /** One or two sentences in plain Swedish. */
  definition: z.string().min(10),
  related: z.array(entryRef('glossary', 'the id (file name without .yaml) of a term in src/content/glossary/')).default([]),
  sources: sourceList,
  ...reviewFields,
});
