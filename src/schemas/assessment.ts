import { z } from 'astro/zod';
import { chapterRef, longText, reviewFields, sourceList, text, wholeNumber } from './common.ts';
import { sectionField } from './start-step.ts';

export * from './answers.ts';

/** One question of the self-assessment (src/content/self-assessment.yaml). */
export const assessmentSchema = z.object({
  order: wholeNumber(
    {
      label: 'Plats',
      help: 'Frågans plats i självskattningen.',
      example: '1',
      expected: 'a whole number giving the question’s position',
    },
    { min: 1 },
  ),
  name: text(
    {
      label: 'Kort namn',
      help: 'Ett kort namn för sammanfattningen.',
      example: 'Samordnare',
      expected: 'a short name, for example "Samordnare"',
    },
    { min: 3 },
  ),
  question: longText(
    {
      label: 'Fråga',
      help: 'Frågan, som besvaras ja, delvis eller nej.',
      example: 'Finns en utsedd samordnare för familjecentralen?',
      expected: 'a question that can be answered ja, delvis or nej',
    },
    { min: 10 },
  ),
  /** The region's comparison (region.yaml: assessmentBaseline), an aggregate, never one centre's answer. */
  baseline: text({
    label: 'Jämförelse',
    help: 'Hur länets familjecentraler svarade sammantaget i regionens kartläggning (se region.yaml). Tom när frågan inte ställdes där.',
    example: '5 av 8 familjecentraler',
    expected: 'the survey result for the whole county as text, or nothing',
  })
    .nullable()
    .optional(),
  chapter: chapterRef({
    label: 'Kapitel',
    help: 'Kapitlet som hjälper den som saknar detta.',
    example: 'organisation-och-ledning',
  }),
  section: sectionField('Samordnare'),
  sources: sourceList(),
  ...reviewFields(),
});
