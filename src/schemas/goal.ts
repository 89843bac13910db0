import { z } from 'astro/zod';
import {
  choice,
  expected,
  group,
  longText,
  reviewFields,
  sourceList,
  wholeNumber,
  type FieldMeta,
} from './common.ts';

/**
 * The measures a goal can track. Each is computed from the collections by src/lib/register/coverage.ts,
 * so the goals page can never disagree with the data.
 */
export const GOAL_MEASURES = [
  'kommuner-med-familjecentral',
  'nya-familjecentraler-i-perioden',
] as const;
export type GoalMeasure = (typeof GOAL_MEASURES)[number];
export const GOAL_MEASURE_LABELS: Record<GoalMeasure, string> = {
  'kommuner-med-familjecentral': 'Kommuner med minst en öppen familjecentral',
  'nya-familjecentraler-i-perioden': 'Nya familjecentraler som öppnat under perioden',
};

const year = (label: string, help: string, example: string) =>
  wholeNumber(
    { label, help, example, expected: 'a year, for example 2019' },
    { min: 2000, max: 2100 },
  );

const TARGET_EXPECTED = 'a whole number or "alla"';
const targetMeta: FieldMeta = {
  label: 'Mål',
  help: 'Målvärdet: ett antal, eller alla för varje kommun i regionen.',
  example: 'alla',
  kind: 'number-or-choice',
  expected: TARGET_EXPECTED,
  options: [{ value: 'alla', label: 'Alla kommuner' }],
};

/** A regional-plan goal (src/content/goals/*.yaml). */
export const goalSchema = z
  .object({
    text: longText(
      {
        label: 'Mål',
        help: 'Målet med enkla ord, som regionplanen säger det.',
        example: 'Starta ytterligare två familjecentraler tillsammans med kommunerna.',
        expected: 'the goal in plain words',
      },
      { min: 10 },
    ),
    period: group(
      {
        from: year('Från', 'Första året målet gäller.', '2020'),
        to: year('Till', 'Sista året målet gäller.', '2022'),
      },
      { label: 'Period', help: 'Åren som målet gäller.' },
    ),
    measure: choice(GOAL_MEASURES, GOAL_MEASURE_LABELS, {
      label: 'Mått',
      help: 'Vad som räknas fram ur uppgifterna om familjecentralerna.',
      example: 'kommuner-med-familjecentral',
    }),
    // The editor writes a number in a text field as text ('2'); read it as the number it is.
    target: z
      .preprocess(
        (v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v),
        z.union([z.number().int().positive(), z.literal('alla')], {
          error: expected(TARGET_EXPECTED),
        }),
      )
      .meta({ ...targetMeta }),
    sources: sourceList(),
    ...reviewFields(),
  })
  .refine((goal) => goal.period.from <= goal.period.to, {
    path: ['period', 'to'],
    error: 'expected period.to to be the same year as period.from or later',
  });
