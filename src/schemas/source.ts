import { z } from 'astro/zod';
import {
  choice,
  fullDate,
  partialDateOrUnknown,
  reviewFields,
  text,
  url,
  yesNo,
} from './common.ts';

export const SOURCE_KINDS = [
  'tidningsartikel',
  'radioinslag',
  'partiwebb',
  'promemoria',
  'presentation',
  'nyhet',
  'webbsida',
  'rapport',
  'lag',
  'blogginlagg',
  'styrdokument',
] as const;
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
    title: text(
      {
        label: 'Titel',
        help: 'Källans egen titel, exakt som den är publicerad. Lämna tom när titeln inte är känd och skriv en beskrivning.',
        example: 'Invigning av Familjens hus',
        expected: 'the source’s own title, exactly as published',
      },
      { min: 3 },
    ).optional(),
    description: text(
      {
        label: 'Beskrivning',
        help: 'Vad källan är, med egna ord, när titeln inte är känd.',
        example: 'Uppgift om familjecentraler i Region Stockholm',
        expected: 'what the source is, in our words, for example "Uppgift om …"',
      },
      { min: 3 },
    ).optional(),
    publisher: text(
      {
        label: 'Utgivare',
        help: 'Vem som gav ut källan.',
        example: 'Orsa kommun',
        expected: 'who published it, for example "Borlänge kommun"',
      },
      { min: 2 },
    ),
    short: text(
      {
        label: 'Kort namn',
        help: 'Namnet efter ”enligt …” i löptext, när det ska vara kortare än utgivaren.',
        example: 'Region Dalarnas kartläggning',
        expected: 'a short name',
      },
      { min: 2 },
    ).optional(),
    date: partialDateOrUnknown({
      label: 'Datum',
      help: 'När källan publicerades, så noga som den visar, eller okänd.',
      example: '2023-10-16',
    }),
    accessed: fullDate({
      label: 'Läst',
      help: 'För en webbsida: dagen då någon läste den. Daterar en sida som saknar datum.',
      example: '2026-11-23',
    }).optional(),
    kind: choice(SOURCE_KINDS, SOURCE_KIND_LABELS, {
      label: 'Typ av källa',
      help: 'Vad för slags källa det är.',
      example: 'nyhet',
    }),
    url: url({
      label: 'Adress',
      help: 'Källans adress på webben, när den har en.',
      example: 'https://orsa.se/…',
    }).optional(),
    reported: yesNo({
      label: 'Återgiven uppgift',
      help: 'Ja (true) för press, parti eller annan andrahandskälla: sidorna säger då ”enligt …” med datum.',
      example: 'true',
    }).default(false),
    note: text({
      label: 'Anteckning',
      help: 'Vad som är värt att veta om källan, till exempel varifrån datumet kommer.',
      example: 'Datumet står i sidans adress.',
      expected: 'a note',
    }).optional(),
    ...reviewFields(),
  })
  .refine((s) => Boolean(s.title ?? s.description), {
    path: ['title'],
    error:
      'expected the source’s own title, or a description of it in `description` when the title is not known; received neither',
  });

export type Source = z.infer<typeof sourceSchema>;
