/** Where the region stands against each regional-plan goal, computed from the centres. */
import { coverage, openedInPeriod, type CentreFacts } from './coverage';
import type { GoalMeasure } from '../schemas/goal';

export interface GoalInput {
  measure: GoalMeasure;
  period: { from: number; to: number };
  target: number | 'alla';
}

export interface GoalProgress {
  /** The computed value. */
  current: number;
  /** The target as a number ("alla" becomes the number of kommuner). */
  target: number;
  reached: boolean;
  /** A sentence saying where the region stands, for the goals page. */
  statement: string;
}

export function goalProgress(goal: GoalInput, kommunCodes: readonly string[], centres: readonly CentreFacts[]): GoalProgress {
  if (goal.measure === 'kommuner-med-familjecentral') {
    const c = coverage(kommunCodes, centres);
    const target = goal.target === 'alla' ? c.total : goal.target;
    return {
      current: c.oppen.length,
      target,
      reached: c.oppen.length >= target,
      statement: `${c.oppen.length} av ${c.total} kommuner har minst en öppen familjecentral enligt uppgifterna. ${c.planerad.length} ${c.planerad.length === 1 ? 'kommun' : 'kommuner'} har en planerad eller beslutad, och ${c.ingen.length} har ingen som vi känner till.`,
    };
  }
  const opened = openedInPeriod(kommunCodes, centres, goal.period.from, goal.period.to);
  const target = goal.target === 'alla' ? kommunCodes.length : goal.target;
  const planned = centres.filter((c) => kommunCodes.includes(c.kommun) && (c.status === 'planerad' || c.status === 'beslutad')).length;
  return {
    current: opened.length,
    target,
    reached: opened.length >= target,
    statement: `${opened.length} ${opened.length === 1 ? 'ny familjecentral' : 'nya familjecentraler'} med känt öppningsdatum ${goal.period.from}–${goal.period.to} av målet ${target}. ${planned} ${planned === 1 ? 'familjecentral är' : 'familjecentraler är'} planerade eller beslutade; en central vars öppning inte är bekräftad räknas inte.`,
  };
}
