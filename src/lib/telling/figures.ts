/**
 * The region's figures in words, the answer first: how many kommuner have a family centre by the
 * newest fact about each, how old those facts are, and the same count by the strict rule (all
 * four basic services in one building) beside it, since the two rules give different answers.
 * The start page and the goals page say these sentences; the map and lists count the same views.
 */
import { ageText } from '../register/age-groups';
import type { Coverage } from '../register/coverage';
import { hasCentre } from '../register/coverage';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface CoverageSentences {
  /** "9 av 15 kommuner har en familjecentral enligt den senaste uppgiften om var och en." */
  answer: string;
  /** How old the facts behind the answer are, group by group. */
  ages: string;
  /** The count by the strict rule, with what is unknown; undefined when both rules agree. */
  strict?: string;
  withCentre: number;
}

export function coverageSentences(c: Coverage): CoverageSentences {
  const withCentre = c.oppen.length + c['oppen-aldre'].length;
  const answer = `${withCentre} av ${c.total} kommuner har en familjecentral enligt den senaste uppgiften om var och en.`;
  const ages =
    c.kommunerByAge.length > 0
      ? `Uppgifterna bakom: ${c.kommunerByAge.map((g) => `${g.count} ${ageText(g)}`).join(', ')}.`
      : 'Ingen kommun har en familjecentral enligt våra källor.';
  const fully = c.fullyColocated.length;
  const unknown = c.colocationUnknown.length;
  const strict =
    fully === withCentre
      ? undefined
      : `Räknas bara familjecentraler där alla fyra grundverksamheter finns i samma lokaler, är det ${fully} av ${c.total}${unknown > 0 ? `; för ${plural(unknown, 'kommun', 'kommuner')} till saknas uppgift om var verksamheterna finns` : ''}.`;
  return { answer, ages, strict, withCentre };
}

export { hasCentre };
