import { z } from 'astro/zod';
import { expected, AUDIENCES, reviewFields, sourceList } from './common';

/** A chapter of the vägledning (src/content/guidance/*.mdx). */
export const guidanceSchema = z.object({
  title: z.string().min(3),
  /** Shown under the title, in lists and as the meta description: at most 160 characters. */
  summary: z
    .string({ error: expected('a summary of 20 to 160 characters') })
    .min(20, { error: expected('a summary of at least 20 characters') })
    .max(160, { error: expected('a summary of at most 160 characters') }),
  /** Position in the vägledning: 1, 2, 3 … each used once. */
  order: z.number({ error: expected('a whole number giving the chapter position') }).int().positive(),
  /** Who the chapter is mainly for. */
  audiences: z
    .array(z.enum(AUDIENCES, { error: expected(`one of: ${AUDIENCES.join(', ')}`) }))
    .min(1, { error: expected(`at least one of: ${AUDIENCES.join(', ')}`) }),
  sources: sourceList,
  ...reviewFields,
});
