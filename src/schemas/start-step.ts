import { z } from 'astro/zod';
import { idExpected } from './ids.ts';
import {
  chapterRef,
  group,
  list,
  ref,
  reviewFields,
  sourceList,
  text,
  wholeNumber,
} from './common.ts';

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
  templates: list(
    ref('templates', {
      label: 'Mall',
      help: 'En mall som hjälper i steget.',
      example: 'avsiktsforklaring',
      expected: idExpected('templates'),
    }),
    {
      label: 'Mallar',
      help: 'Mallarna som hjälper i steget, när det finns några. Checklistan länkar varje mall och dess Word-fil.',
      example: '[verksamhetsplan, verksamhetsberattelse]',
      expected: 'a list of template ids',
    },
  ).default([]),
  readMore: list(
    group(
      {
        chapter: chapterRef({
          label: 'Kapitel',
          help: 'Kapitlet med avsnittet.',
          example: 'behov-och-placering',
        }),
        section: sectionField('Analysera behoven'),
      },
      {
        label: 'Avsnitt att läsa',
        help: 'Ett avsnitt i ett annat kapitel som steget behöver.',
        example: '{ chapter: behov-och-placering, section: Analysera behoven }',
      },
    ),
    {
      label: 'Läs också',
      help: 'Avsnitt i andra kapitel som steget behöver, utöver stegets eget avsnitt; checklistan länkar dem.',
      example: '[{ chapter: behov-och-placering, section: Analysera behoven }]',
      expected: 'a list of { chapter, section } groups',
    },
  ).default([]),
  sources: sourceList(),
  ...reviewFields(),
});
