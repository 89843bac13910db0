import { z } from 'astro/zod';
import { idExpected } from './ids.ts';
import { chapterRef, list, longText, ref, reviewFields, sourceList, text } from './common.ts';

/** A term in the Ordlista (src/content/glossary/*.yaml; the file name is the anchor). */
export const glossarySchema = z.object({
  term: text(
    {
      label: 'Ord',
      help: 'Ordet eller begreppet, med stor bokstav.',
      example: 'Barnavårdscentral',
      expected: 'the term, for example "Barnavårdscentral"',
    },
    { min: 2 },
  ),
  abbreviation: text({
    label: 'Förkortning',
    help: 'Förkortningen, om ordet har en; kapitlen skriver ut den med <abbr>.',
    example: 'BVC',
    expected: 'the abbreviation, for example "BVC"',
  }).optional(),
  definition: longText(
    {
      label: 'Förklaring',
      help: 'En eller två meningar på enkel svenska.',
      example: 'Mottagning som följer barnets hälsa …',
      expected: 'a definition of at least 10 characters',
    },
    { min: 10 },
  ),
  related: list(
    ref('glossary', {
      label: 'Relaterat ord',
      help: 'Ett annat ord i ordlistan.',
      example: 'bhv',
      expected: idExpected('glossary'),
    }),
    {
      label: 'Relaterade ord',
      help: 'Andra ord i ordlistan som hör ihop med detta.',
      example: '[bhv, elevhalsa]',
      expected: 'a list of glossary ids',
    },
  ).default([]),
  chapter: chapterRef({
    label: 'Kapitel',
    help: 'Ett kapitel i vägledningen som förklarar ordet närmare; Ordlistan länkar dit.',
    example: 'sekretess-samtycke-och-anmalningsplikt',
  }).optional(),
  sources: sourceList(),
  ...reviewFields(),
});
