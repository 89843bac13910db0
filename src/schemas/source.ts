import { z } from 'astro/zod';
import { expected, fullDate, partialDateOrUnknown, reviewFields } from './common';

export const SOURCE_KINDS = ['tidningsartikel', 'radioinslag', 'partiwebb', 'promemoria', 'presentation', 'nyhet', 'webbsida', 'rapport', 'lag', 'blogginlagg', 'styrdokument'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  tidningsartikel: 'Tidningsartikel',
  radioinslag: 'Radioinslag',
  partiwebb: 'Politiskt partis webbplats',
  promemoria: 'Promemoria',
  presentation: 'Presentation',
  nyhet: 'Nyhet',
  webbsida: 'Webbsida',
  rapport: 'Rapport',
  lag: 'Lag',
  blogginlagg: 'Blogginlägg',
  styrdokument: 'Styrdokument',
};

/**
 * A source that entries cite (src/content/sources/*.yaml; the file name is the id).
 * `title` is the document's own title, exactly as published; where it is not known, `description`
 * says in our words what the source is. The page shows a title in quotation marks, a description without.
 */
export const sourceSchema = z
  .object({
    title: z.string({ error: expected('the source’s own title, exactly as published') }).min(3).optional(),
    description: z.string({ error: expected('what the source is, in our words, for example "Uppgift om …"') }).min(3).optional(),
    publisher: z.string({ error: expected('who published it, for example "Borlänge kommun"') }).min(2),
    /** The name used in running text after "enligt …", when shorter than the publisher: "Region Dalarnas kartläggning". */
    short: z.string().min(2).optional(),
    /** When it was published, as precisely as known; "okänd" when the source shows no date. */
    date: partialDateOrUnknown,
    /** For a web page: the day someone read it, so an undated page is at least dated by when it was seen. */
    accessed: fullDate.optional(),
    kind: z.enum(SOURCE_KINDS, { error: expected(`one of: ${SOURCE_KINDS.join(', ')}`) }),
    /** Public address, where there is one. */
    url: z.url({ error: expected('a full address starting with https://') }).optional(),
    /** True for a press, party or other secondary source: the site says "enligt …" with its date, never states it as its own. */
    reported: z.boolean({ error: expected('true or false') }).default(false),
    note: z.string().optional(),
    ...reviewFields,
  })
  .refine((s) => Boolean(s.title ?? s.description), {
    path: ['title'],
    error: 'expected the source’s own title, or a description of it in `description` when the title is not known; received neither',
  });

export type Source = z.infer<typeof sourceSchema>;
