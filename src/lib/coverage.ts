/**
 * Figures computed from the collections at build time: which kommuner have a family centre,
 * which have one planned, how many opened in a period. Plain data in, plain data out.
 */
import type { CentreKind, CentreStatus } from '../schemas/centre';

export interface CentreFacts {
  id: string;
  /** Official kommun code. */
  kommun: string;
  status: CentreStatus;
  kind: CentreKind;
  events: readonly { event: string; date: string }[];
}

/** Where a kommun stands: an open family centre, one planned or decided, or none. */
export type KommunStatus = 'oppen' | 'planerad' | 'ingen';

export const KOMMUN_STATUS_LABELS: Record<KommunStatus, string> = {
  oppen: 'Har familjecentral',
  planerad: 'Familjecentral planerad eller beslutad',
  ingen: 'Ingen familjecentral känd',
};

/** An open centre of the kind "familjecentral" is what counts; centre-like services do not. */
export function countsAsOpen(centre: CentreFacts): boolean {
  return centre.status === 'öppen' && centre.kind === 'familjecentral';
}

export function kommunStatus(kommun: string, centres: readonly CentreFacts[]): KommunStatus {
  const own = centres.filter((c) => c.kommun === kommun);
  if (own.some(countsAsOpen)) return 'oppen';
  if (own.some((c) => c.status === 'planerad' || c.status === 'beslutad')) return 'planerad';
  return 'ingen';
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

export function coverage(kommunCodes: readonly string[], centres: readonly CentreFacts[]): Coverage {
  const inRegion = centres.filter((c) => kommunCodes.includes(c.kommun));
  const result: Coverage = {
    total: kommunCodes.length,
    oppen: [],
    planerad: [],
    ingen: [],
    openCentres: inRegion.filter(countsAsOpen).length,
    plannedCentres: inRegion.filter((c) => c.status === 'planerad' || c.status === 'beslutad').length,
  };
  for (const code of kommunCodes) result[kommunStatus(code, inRegion)].push(code);
  return result;
}

/** The year a centre opened, from its "oppnad" event or else its "invigd" event; null when not known. */
export function openingYear(centre: CentreFacts): number | null {
  const opened = centre.events.find((e) => e.event === 'oppnad' && e.date !== 'okänd') ?? centre.events.find((e) => e.event === 'invigd' && e.date !== 'okänd');
  return opened ? Number(opened.date.slice(0, 4)) : null;
}

/** Centres in the given kommuner known to have opened in the period (inclusive). Centres with no known date are not counted. */
export function openedInPeriod(kommunCodes: readonly string[], centres: readonly CentreFacts[], from: number, to: number): CentreFacts[] {
  return centres.filter((c) => {
    if (!kommunCodes.includes(c.kommun) || c.kind !== 'familjecentral' || c.status === 'planerad' || c.status === 'beslutad') return false;
    const year = openingYear(c);
    return year !== null && year >= from && year <= to;
  });
}
