import { z } from 'astro/zod';
import { expected, partialDateOrUnknown, reviewFields } from './common';

export const SOURCE_KINDS = ['tidningsartikel', 'promemoria', 'presentation', 'nyhet', 'webbsida', 'rapport', 'lag', 'blogginlagg', 'styrdokument'] as const;

/** A source that entries cite (src/content/sources/*.yaml; the file name is the id). */
export const sourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().min(2),
  /** When it was published, as precisely as known; "okänd" when not known. */
  date: partialDateOrUnknown,
  kind: z.enum(SOURCE_KINDS, { error: expected(`one of: ${SOURCE_KINDS.join(', ')}`) }),
  /** Public address, where there is one. */
  url: z.url({ error: expected('a full address starting with https://') }).optional(),
  /** True when the fact was read in a secondary copy and is shown as reported, with its date. */
  reported: z.boolean().default(false),
  note: z.string().optional(),
  ...reviewFields,
});
