import { z } from 'astro/zod';
import { fullDate, kommunRef, longText, reviewFields, sourceList } from './common.ts';
import { contactList } from './contact.ts';

/** The editorial text about one kommun of the region (src/content/kommunprofiler/*.md). */
export const kommunprofilSchema = z.object({
  kommun: kommunRef({
    label: 'Kommun',
    help: 'Kommunen, med sin officiella fyrsiffriga kod (i filen inom citattecken).',
    example: '"2081"',
  }),
  summary: longText(
    {
      label: 'Sammanfattning',
      help: 'En mening om var kommunen står, med datum; visas överst och i sökresultat.',
      example: 'En familjecentral hösten 2019. Senare uppgift saknas.',
      expected: 'a summary of 10 to 200 characters',
    },
    { min: 10, max: 200 },
  ),
  lastSearched: fullDate({
    label: 'Senast sökt',
    help: 'Dagen då någon senast sökte efter nyare uppgifter om kommunen; sidan visar den. Tom när ingen har sökt än.',
    example: '2026-11-23',
  }).optional(),
  contact: contactList(
    'Hur en förälder når kommunen: växel, e-post, besöksadress och webbplats, var och en med källa. Visas på kommunens sida och som väg vidare på familjecentralernas sidor när deras eget nummer saknas.',
  ),
  sources: sourceList(),
  ...reviewFields(),
});
