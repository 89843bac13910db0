/**
 * The region's figures in words, the answer first: how many kommuner have a family centre by the
 * newest fact about each, how old those facts are, and the same count by the strict rule (all
 * four basic services in one building) beside it, since the two rules give different answers.
 * The start page and the goals page say these sentences; the map and lists count the same views.
 */
import type { AgeGroup } from '../register/age-groups';
import type { Coverage } from '../register/coverage';
import { formatList } from '../format';

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

/** "2019", "2023–2024"; undefined for the undated group. */
export function yearRange(group: Pick<AgeGroup, 'from' | 'to'>): string | undefined {
  if (group.from === undefined || group.to === undefined) return undefined;
  return group.from === group.to ? String(group.from) : `${group.from}–${group.to}`;
}

/**
 * How a group's facts are dated, to follow a count: "enligt uppgifter från 2019 – senare uppgift
 * saknas", "enligt uppgift från 2024", "enligt källor utan datum".
 */
export function ageText(group: AgeGroup): string {
  const range = yearRange(group);
  if (range === undefined)
    return group.count === 1 ? 'enligt en källa utan datum' : 'enligt källor utan datum';
  const facts = group.count === 1 ? 'uppgift' : 'uppgifter';
  return `enligt ${facts} från ${range}${group.stale ? ' – senare uppgift saknas' : ''}`;
}

/**
 * The counting rule in words, with what the count leaves out: how the counted open centres are
 * co-located. Shown beside every figure that counts family centres.
 */
export function countingRuleText(c: Pick<Coverage, 'openCentres' | 'openColocation'>): string {
  const rule =
    'Som familjecentral räknas det som huvudmännen själva kallar familjecentral, hur samlokaliserad den än är; familjecentralsliknande verksamheter räknas inte.';
  if (c.openCentres === 0) return rule;
  const parts = [
    [c.openColocation.ja, 'har alla fyra grundverksamheter i samma lokaler'],
    [c.openColocation.delvis, 'har några av dem där'],
    [c.openColocation.nej, 'har dem på olika platser'],
    [c.openColocation.okänd, 'saknar uppgift om var de finns'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, text]) => `${n} ${text}`);
  return `${rule} Av de ${c.openCentres} öppna enligt källorna: ${formatList(said)}.`;
}

/** The start page's figures, each with the age of the facts behind it. */
export function figureRows(c: Coverage) {
  const years = (g: AgeGroup) => (g.from === undefined ? 'utan-datum' : `${g.from}-${g.to}`);
  return {
    open: c.openByAge.map((g) => ({
      label: `öppna ${ageText(g)}`,
      count: String(g.count),
      years: years(g),
    })),
    planned: c.plannedByAge.map((g) => ({
      label: `planerade eller beslutade ${ageText(g)}`,
      count: String(g.count),
      years: years(g),
    })),
    kommuner: c.kommunerByAge.map((g) => ({
      label: `kommuner med familjecentral ${ageText(g)}`,
      count: `${g.count} av ${c.total}`,
      years: years(g),
    })),
  };
}
