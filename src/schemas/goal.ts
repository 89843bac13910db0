import { z } from 'astro/zod';
import { expected, reviewFields, sourceList } from './common';

/**
 * The measures a goal can track. Each is computed from the collections by src/lib/coverage.ts,
 * so the goals page can never disagree with the data.
 */
export const GOAL_MEASURES = ['kommuner-med-familjecentral', 'nya-familjecentraler-i-perioden'] as const;
export type GoalMeasure = (typeof GOAL_MEASURES)[number];

/** A regional-plan goal (src/content/goals/*.yaml). */
export const goalSchema = z
  .object({
    /** The goal in plain words. */
    text: z.string().min(10),
    period: z.object({
      from: z.number().int().min(2000).max(2100),
      to: z.number().int().min(2000).max(2100),
    }),
    measure: z.enum(GOAL_MEASURES, { error: expected(`one of: ${GOAL_MEASURES.join(', ')}`) }),
    /** The target value; "alla" means every kommun of the region. */
    target: z.union([z.number().int().positive(), z.literal('alla')], { error: expected('a whole number or "alla"') }),
    sources: sourceList,
    ...reviewFields,
  })
  .refine((goal) => goal.period.from <= goal.period.to, {
    path: ['period', 'to'],
    error: 'expected period.to to be the same year as period.from or later',
  });
