/**
 * Figures computed from the collections at build time: which kommuner have a family centre,
 * which have one on the way, how many opened in a period, and as of when the figures hold.
 * Kommun status comes from the stage computation (stages.ts), so the map, the figures and the
 * goals agree. Plain data in, plain data out.
 */
import type { CentreStatus } from '../schemas/centre-vocabulary';
import { newest } from './partial-date';
import { kommunStage, kommunStatusOf, type KommunStatus, type StageCentre } from './stages';

export { KOMMUN_STATUS_LABELS, type KommunStatus } from './stages';

export interface CentreFacts extends StageCentre {
  status: CentreStatus;
}

/** An open centre of the kind "familjecentral" is what counts; centre-like services do not. */
export function countsAsOpen(centre: CentreFacts): boolean {
  return centre.status === 'öppen' && centre.kind === 'familjecentral';
}

export function kommunStatus(kommun: string, centres: readonly CentreFacts[]): KommunStatus {
  return kommunStatusOf(kommunStage(kommun, centres).stage);
}

export interface Coverage {
  total: number;
  /** Kommun codes by status, in the order given. */
  oppen: string[];
  planerad: string[];
  ingen: string[];
  /** Open family centres in the region's kommuner. */
  openCentres: number;
  /** Planned or decided centres in the region's kommuner. */
  plannedCentres: number;
}

const onTheWay = (c: CentreFacts) => c.kind === 'familjecentral' && (c.status === 'planerad' || c.status === 'beslutad');

export function coverage(kommunCodes: readonly string[], centres: readonly CentreFacts[]): Coverage {
  const inRegion = centres.filter((c) => kommunCodes.includes(c.kommun));
  const result: Coverage = {
    total: kommunCodes.length,
    oppen: [],
    planerad: [],
    ingen: [],
    openCentres: inRegion.filter(countsAsOpen).length,
    plannedCentres: inRegion.filter(onTheWay).length,
  };
  for (const code of kommunCodes) result[kommunStatus(code, inRegion)].push(code);
  return result;
}

/** The newest date the figures rest on: the latest of the centres' status dates ("till och med maj 2024"). */
export function figuresAsOf(statusDates: readonly (string | undefined)[]): string | undefined {
  return newest(statusDates);
}

/** The year a centre opened, from its "oppnad" event or else its "invigd" event; null when not known. */
export function openingYear(centre: Pick<CentreFacts, 'events'>): number | null {
  const known = (name: string) => centre.events.find((e) => e.event === name && e.date !== 'okänd');
  const opened = known('oppnad') ?? known('invigd');
  return opened ? Number(opened.date.slice(0, 4)) : null;
}

/** Family centres in the given kommuner known to have opened in the period (inclusive). Centres with no known date are not counted. */
export function openedInPeriod(kommunCodes: readonly string[], centres: readonly CentreFacts[], from: number, to: number): CentreFacts[] {
  return centres.filter((c) => {
    if (!kommunCodes.includes(c.kommun) || c.kind !== 'familjecentral') return false;
    const year = openingYear(c);
    return year !== null && year >= from && year <= to;
  });
}
