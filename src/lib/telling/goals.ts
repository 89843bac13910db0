/** Where the region stands against each regional-plan goal, in words, counted from the centres' views. */
import {
  countsAsOpen,
  coverage,
  openedInPeriod,
  openingYear,
  plannedCentres,
  type CentreFacts,
} from '../register/coverage';
import { centreStage } from '../register/stages';
import { isKnown } from '../../schemas/partial-date';
import { ageText } from './figures';
import type { GoalMeasure } from '../../schemas/goal';
import { formatList } from '../format';
import type { SiteContent } from '../content/query';
import { centreFacts } from '../register/views';

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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function goalProgress(
  goal: GoalInput,
  kommunCodes: readonly string[],
  centres: readonly CentreFacts[],
): GoalProgress {
  if (goal.measure === 'kommuner-med-familjecentral') {
    const c = coverage(kommunCodes, centres);
    const target = goal.target === 'alla' ? c.total : goal.target;
    const withCentre = c.oppen.length + c['oppen-aldre'].length;
    const ages = c.kommunerByAge.map((g) => `${g.count} ${ageText(g)}`);
    return {
      current: withCentre,
      target,
      reached: withCentre >= target,
      statement: `${withCentre} av ${c.total} kommuner har minst en öppen familjecentral enligt den senaste uppgiften om varje kommun${ages.length ? `: ${formatList(ages)}` : ''}. ${plural(c.planerad.length, 'kommun', 'kommuner')} har en på väg (avsiktsförklaring, beslut eller lokaler), och ${c.ingen.length} har ingen som vi känner till.`,
    };
  }
  const target = goal.target === 'alla' ? kommunCodes.length : goal.target;
  const opened = openedInPeriod(kommunCodes, centres, goal.period.from, goal.period.to);
  const later = openedInPeriod(kommunCodes, centres, goal.period.to + 1, 9999);
  const laterText = later.length
    ? ` Efter perioden har ${plural(later.length, 'familjecentral', 'familjecentraler')} öppnat: ${formatList(later.map((c) => `${c.name} (${openingYear(c)})`))}.`
    : '';
  const planned = plannedCentres(kommunCodes, centres).length;
  // Open centres counted in the other goal whose opening is not dated and that are not known to
  // have run before the period: they may have opened in it, and the figure says so.
  const undatedOpening = centres.filter((c) => {
    if (!kommunCodes.includes(c.kommun) || !countsAsOpen(c) || openingYear(c) !== null)
      return false;
    const running = centreStage(c).event?.date;
    return !isKnown(running) || Number(running.slice(0, 4)) >= goal.period.from;
  });
  const undatedText = undatedOpening.length
    ? ` ${plural(undatedOpening.length, 'öppen familjecentral saknar', 'öppna familjecentraler saknar')} känt öppningsdatum och räknas inte: ${formatList(undatedOpening.map((c) => c.name))}.`
    : '';
  return {
    current: opened.length,
    target,
    reached: opened.length >= target,
    statement: `${plural(opened.length, 'ny familjecentral', 'nya familjecentraler')} med känt öppningsdatum ${goal.period.from}–${goal.period.to} av målet ${target}.${laterText}${undatedText} ${plural(planned, 'familjecentral är planerad eller beslutad', 'familjecentraler är planerade eller beslutade')}; en central vars öppning inte är bekräftad räknas inte.`,
  };
}

/** Each goal of the region's plan with where the region stands, for the goals page. */
export function goalRows(site: SiteContent) {
  const kommunCodes = site.regionKommuner.map((k) => k.id);
  const facts = centreFacts(site);
  return site.goals.map((goal) => ({
    goal,
    progress: goalProgress(goal.data, kommunCodes, facts),
  }));
}
