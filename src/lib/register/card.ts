/** Plain facts computed about a centre for cards, filters, the parent box and open data: no Astro types, no rendering. */
import {
  BASIC_SERVICES,
  WEEKDAYS,
  type BasicService,
  type CentreKind,
  type CentreStatus,
  type Colocation,
  type ServiceLocation,
  type Stage,
  type Weekday,
} from '../../schemas/centre-vocabulary';

interface ServiceInput {
  service: BasicService;
  location: ServiceLocation;
  planned: boolean;
}

/**
 * How far a centre is co-located, from where its running basic services are (planned ones do
 * not count): "ja" when all four are in the centre's premises; "nej" when those known are all
 * elsewhere; "delvis" when some are in the premises and others elsewhere or missing; otherwise
 * "okänd".
 */
export function colocationOf(services: readonly ServiceInput[]): Colocation {
  const running = services.filter((s) => !s.planned);
  const inCentre = running.filter((s) => s.location === 'i-centralen').length;
  const elsewhere = running.filter((s) => s.location === 'annan-plats').length;
  if (inCentre === BASIC_SERVICES.length) return 'ja';
  if (inCentre > 0 && (elsewhere > 0 || running.length < BASIC_SERVICES.length)) return 'delvis';
  if (inCentre === 0 && elsewhere > 0) return 'nej';
  return 'okänd';
}

export interface OpeningTime {
  days: readonly Weekday[];
  from: string;
  to: string;
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Hours open in a week, from the regular opening times: 9:30–12:00 on four days is 10. */
export function hoursPerWeek(times: readonly OpeningTime[]): number {
  return times.reduce(
    (sum, t) => sum + (t.days.length * (minutes(t.to) - minutes(t.from))) / 60,
    0,
  );
}

/** Opening times grouped by day, Monday first, each day's times in order: for a table a parent reads. */
export function timesByDay<T extends OpeningTime>(
  times: readonly T[],
): { day: Weekday; times: T[] }[] {
  return WEEKDAYS.map((day) => ({
    day,
    times: times
      .filter((t) => t.days.includes(day))
      .sort((a, b) => minutes(a.from) - minutes(b.from)),
  })).filter((d) => d.times.length > 0);
}

export interface CentreCardData {
  id: string;
  name: string;
  nameKnown: boolean;
  kommunCode: string;
  kommunName: string;
  lanCode: string;
  lanName: string;
  /** Slug of the kommun page, when the kommun is in the region. */
  kommunSlug?: string;
  status: CentreStatus;
  /** The furthest step the centre's events record, in the road's words on every page. */
  stage: Stage;
  /** The age of the fact behind the status, as the centre's view computes it (fact-age.ts). */
  age: { state: 'ny' | 'aldre' | 'odaterad'; date?: string };
  kind: CentreKind;
  /** Basic services running (planned ones are not listed). */
  services: BasicService[];
  colocation: Colocation;
}

/** A centre's card from its view: the same facts, no more. */
export function cardOf(view: {
  id: string;
  name: string;
  nameKnown: boolean;
  kommun: { code: string; name: string; slug?: string; lanCode: string; lanName: string };
  status: CentreStatus;
  stage: { stage: Stage };
  age: { state: 'ny' | 'aldre' | 'odaterad'; date?: string };
  kind: CentreKind;
  services: BasicService[];
  colocation: Colocation;
}): CentreCardData {
  return {
    id: view.id,
    name: view.name,
    nameKnown: view.nameKnown,
    kommunCode: view.kommun.code,
    kommunName: view.kommun.name,
    lanCode: view.kommun.lanCode,
    lanName: view.kommun.lanName,
    kommunSlug: view.kommun.slug,
    status: view.status,
    stage: view.stage.stage,
    age: { state: view.age.state, date: view.age.date },
    kind: view.kind,
    services: view.services,
    colocation: view.colocation,
  };
}
