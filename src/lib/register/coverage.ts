/**
 * Figures computed from the collections at build time: which kommuner have a family centre,
 * which have one on the way, how many opened in a period, and how old the facts behind each
 * figure are. What counts as a family centre is one rule (countsAsFamilyCentre, stages.ts); a
 * kommun's stage comes from stages.ts, so the map, the figures and the goals agree. Pure.
 */
import type { CentreStatus, Colocation } from '../../schemas/centre-vocabulary';
import { COLOCATIONS } from '../../schemas/centre-vocabulary';
import { newest } from '../../schemas/partial-date';
import { ageGroups, type AgeGroup } from './age-groups';
import {
  countsAsFamilyCentre,
  kommunStage,
  openingYear,
  type KommunStage,
  type StageCentre,
} from './stages';

export { countsAsFamilyCentre, openingYear } from './stages';

export interface CentreFacts extends StageCentre {
  status: CentreStatus;
  /** When the status is known to hold (the status line's date); undefined when its source is undated. */
  statusDate?: string;
  /** True when the status is more than two years old or undated: shown as "läget då". */
  statusStale: boolean;
  colocation: Colocation;
}

/**
 * Where a kommun stands, for the map, the lists and the figures: an open centre known from a
 * recent source ("oppen"), one known only from an old or undated source ("oppen-aldre"), one on
 * the way, or none.
 */
export type KommunStatus = 'oppen' | 'oppen-aldre' | 'planerad' | 'ingen';
export const KOMMUN_STATUSES: readonly KommunStatus[] = [
  'oppen',
  'oppen-aldre',
  'planerad',
  'ingen',
];
/** An open centre that the figures count. */
export function countsAsOpen(centre: CentreFacts): boolean {
  return centre.status === 'öppen' && countsAsFamilyCentre(centre);
}

const onTheWay = (c: CentreFacts) =>
  countsAsFamilyCentre(c) && (c.status === 'planerad' || c.status === 'beslutad');

export interface KommunSituation extends KommunStage {
  status: KommunStatus;
  /** When the status holds: the newest status date of the centres behind it; undefined when undated or "ingen". */
  asOf?: string;
  /** True when every centre behind the status rests on an old or undated source. */
  stale: boolean;
  /** The age the kommun's status is told with: the newest of its centres' (undefined for "ingen"). */
  age?: { state: 'ny' | 'aldre' | 'odaterad'; date?: string };
}

/** A kommun's status with the age of the facts it rests on. */
export function kommunSituation(kommun: string, centres: readonly CentreFacts[]): KommunSituation {
  const stage = kommunStage(kommun, centres);
  const own = centres.filter((c) => c.kommun === kommun);
  const behind = stage.stage === 'oppen' ? own.filter(countsAsOpen) : own.filter(onTheWay);
  if (stage.stage === 'ingen' || stage.stage === 'stangd' || behind.length === 0)
    return { ...stage, status: 'ingen', stale: false };
  const stale = behind.every((c) => c.statusStale);
  const asOf = newest(behind.map((c) => c.statusDate));
  const age = { state: stale ? (asOf ? 'aldre' : 'odaterad') : 'ny', date: asOf } as const;
  if (stage.stage === 'oppen')
    return { ...stage, status: stale ? 'oppen-aldre' : 'oppen', asOf, stale, age };
  return { ...stage, status: 'planerad', asOf, stale, age };
}

export function kommunStatus(kommun: string, centres: readonly CentreFacts[]): KommunStatus {
  return kommunSituation(kommun, centres).status;
}

/** True for a kommun that has a family centre by the newest fact known, however old. */
export const hasCentre = (status: KommunStatus) => status === 'oppen' || status === 'oppen-aldre';

export interface Coverage {
  total: number;
  /** Kommun codes by status, in the order given. */
  oppen: string[];
  'oppen-aldre': string[];
  planerad: string[];
  ingen: string[];
  /** Kommuner with a family centre by the newest fact known, grouped by the age of that fact. */
  kommunerByAge: AgeGroup[];
  /** Open family centres in the region's kommuner. */
  openCentres: number;
  /** The same centres, grouped by the age of the fact their status rests on. */
  openByAge: AgeGroup[];
  /** Planned or decided centres in the region's kommuner, and the age of those facts. */
  plannedCentres: number;
  plannedByAge: AgeGroup[];
  /** How the counted open centres are co-located: what the count does not show. */
  openColocation: Record<Colocation, number>;
  /**
   * The count the other way: kommuner with a counted open centre that has all four basic services
   * in its own premises, as the region's strategy defines a family centre; and those where no such
   * centre is known but where one of the counted centres' co-location is unknown.
   */
  fullyColocated: string[];
  colocationUnknown: string[];
}

const age = (c: Pick<CentreFacts, 'statusDate' | 'statusStale'>) => ({
  date: c.statusDate,
  stale: c.statusStale,
});

export function coverage(
  kommunCodes: readonly string[],
  centres: readonly CentreFacts[],
): Coverage {
  const inRegion = centres.filter((c) => kommunCodes.includes(c.kommun));
  const open = inRegion.filter(countsAsOpen);
  const planned = inRegion.filter(onTheWay);
  const situations = kommunCodes.map((code) => ({
    code,
    situation: kommunSituation(code, inRegion),
  }));
  const withCentre = situations.filter((s) => hasCentre(s.situation.status));
  const codesWith = (status: KommunStatus) =>
    situations.filter((s) => s.situation.status === status).map((s) => s.code);
  return {
    total: kommunCodes.length,
    oppen: codesWith('oppen'),
    'oppen-aldre': codesWith('oppen-aldre'),
    planerad: codesWith('planerad'),
    ingen: codesWith('ingen'),
    kommunerByAge: ageGroups(
      withCentre.map((s) => ({ date: s.situation.asOf, stale: s.situation.stale })),
    ),
    openCentres: open.length,
    openByAge: ageGroups(open.map(age)),
    plannedCentres: planned.length,
    plannedByAge: ageGroups(planned.map(age)),
    openColocation: Object.fromEntries(
      COLOCATIONS.map((k) => [k, open.filter((c) => c.colocation === k).length]),
    ) as Record<Colocation, number>,
    fullyColocated: withCentre
      .filter((s) => open.some((c) => c.kommun === s.code && c.colocation === 'ja'))
      .map((s) => s.code),
    colocationUnknown: withCentre
      .filter(
        (s) =>
          !open.some((c) => c.kommun === s.code && c.colocation === 'ja') &&
          open.some((c) => c.kommun === s.code && c.colocation === 'okänd'),
      )
      .map((s) => s.code),
  };
}

/** The newest date the figures rest on: the latest of the centres' status dates ("till och med maj 2024"). */
export function figuresAsOf(statusDates: readonly (string | undefined)[]): string | undefined {
  return newest(statusDates);
}

/**
 * Family centres in the given kommuner known to have opened in the period (inclusive), by the
 * year that dates their open step (openingYear); centres with no known opening are not counted.
 */
export function openedInPeriod(
  kommunCodes: readonly string[],
  centres: readonly CentreFacts[],
  from: number,
  to: number,
): CentreFacts[] {
  return centres.filter((c) => {
    if (!kommunCodes.includes(c.kommun) || !countsAsFamilyCentre(c)) return false;
    const year = openingYear(c);
    return year !== null && year >= from && year <= to;
  });
}

/** Planned or decided family centres in the given kommuner. */
export function plannedCentres(
  kommunCodes: readonly string[],
  centres: readonly CentreFacts[],
): CentreFacts[] {
  return centres.filter((c) => kommunCodes.includes(c.kommun) && onTheWay(c));
}
