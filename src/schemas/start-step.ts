import { z } from 'astro/zod';
import { idExpected } from './ids.ts';
import { chapterRef, ref, reviewFields, sourceList, text, wholeNumber } from './common.ts';

/** A chapter section: the heading's text, exactly as in the chapter. */
export const sectionField = (example: string) =>
  text({
    label: 'Avsnitt',
    help: 'Rubriken i kapitlet, skriven exakt som i kapitlet.',
    example,
    expected: `the text of a heading in the chapter, for example "${example}"`,
  });

/** One step of the start checklist (src/content/start-steps.yaml), in the order of the start chapter. */
export const startStepSchema = z.object({
  order: wholeNumber(
    {
      label: 'Plats',
      help: 'Stegets plats i checklistan.',
      example: '3',
      expected: 'a whole number giving the step’s position',
    },
    { min: 1 },
  ),
  title: text(
    {
      label: 'Steg',
      help: 'Stegets namn.',
      example: 'Avsiktsförklaring',
      expected: 'the name of the step, for example "Avsiktsförklaring"',
    },
    { min: 3 },
  ),
  who: text(
    {
      label: 'Vem',
      help: 'Vem som gör steget: roller och organisationer.',
      example: 'Kommunen och regionen',
      expected: 'who does the step, for example "Kommunen och regionen"',
    },
    { min: 3 },
  ),
  produces: text(
    {
      label: 'Resultat',
      help: 'Vad steget lämnar efter sig: ett beslut, ett dokument, en grupp.',
      example: 'En undertecknad avsiktsförklaring',
      expected: 'what the step produces, for example "En undertecknad avsiktsförklaring"',
    },
    { min: 3 },
  ),
  chapter: chapterRef({
    label: 'Kapitel',
    help: 'Kapitlet som förklarar steget.',
    example: 'starta-en-familjecentral',
  }),
  section: sectionField('3. Avsiktsförklaring'),
  template: ref('templates', {
    label: 'Mall',
    help: 'En mall som hjälper, när det finns en.',
    example: 'avsiktsforklaring',
    expected: idExpected('templates'),
  }).optional(),
  sources: sourceList(),
  ...reviewFields(),
});
