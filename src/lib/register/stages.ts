/**
 * Where each kommun is on the road to a family centre (talks, letter of intent, decision,
 * premises, open; closed kept as history), computed from its centres' dated events. The goals,
 * the kommun pages, the goals page's table and the open data all read this one computation.
 */
import {
  EVENT_STAGE,
  STAGES,
  type CentreKind,
  type Stage,
} from '../../schemas/centre-vocabulary.ts';
import { comparePartialDates, isKnown, surelyBefore } from '../../schemas/partial-date.ts';
import { statusEvent, type EventFact } from './status.ts';
import { eventDate } from './fact-age.ts';

export interface StageCentre {
  id: string;
  name: string;
  /** Official kommun code. */
  kommun: string;
  kind: CentreKind;
  events: readonly EventFact[];
}

export interface StageEvent extends EventFact {
  centreId: string;
  centreName: string;
}

export interface KommunStage {
  stage: Stage;
  /** The event that first reached the stage; absent for "ingen". */
  event?: StageEvent;
}

/**
 * The one rule for what the figures count as a family centre, on every page, map, list and in the
 * open data: a unit its huvudmän themselves call a family centre (kind "familjecentral"), however
 * far it is co-located; co-location is shown beside it, never folded into the count.
 */
export function countsAsFamilyCentre(centre: { kind: CentreKind }): boolean {
  return centre.kind === 'familjecentral';
}

const rank = (stage: Stage) => STAGES.indexOf(stage);

/**
 * The furthest stage one centre has reached, and the event that dates it; a closed centre is
 * "stangd". An open centre's step is dated by its opening or inauguration; where none is recorded
 * but a planned opening falls on or after the first source that tells the centre runs (an
 * invitation to an inauguration), by that planned opening; else by the first such source.
 */
export function centreStage(centre: StageCentre): KommunStage {
  const toEvent = (e: EventFact): StageEvent => ({
    ...e,
    centreId: centre.id,
    centreName: centre.name,
  });
  const last = statusEvent(centre.events);
  if (last && EVENT_STAGE[last.event.event] === 'stangd')
    return { stage: 'stangd', event: toEvent(last.event) };
  let best: KommunStage = { stage: 'ingen' };
  for (const e of centre.events) {
    const stage = EVENT_STAGE[e.event];
    if (!stage || stage === 'stangd') continue;
    // An opening or inauguration dates the step better than a later source saying the centre runs.
    const better =
      rank(stage) > rank(best.stage) ||
      (rank(stage) === rank(best.stage) &&
        best.event?.event === 'i-drift' &&
        e.event !== 'i-drift');
    if (better) best = { stage, event: toEvent(e) };
  }
  if (best.stage === 'oppen' && best.event?.event === 'i-drift') {
    const running = best.event;
    const planned = centre.events.find(
      (e) =>
        e.event === 'planerad-oppning' &&
        isKnown(e.date) &&
        isKnown(running.date) &&
        !surelyBefore(e.date, running.date),
    );
    if (planned) return { stage: 'oppen', event: toEvent(planned) };
  }
  return best;
}

/**
 * The year a centre opened, from the event that dates its open step when that event is an
 * opening, an inauguration or a planned opening (centreStage); null when only a source saying it
 * runs is known, which tells that it was open by then, not when it opened.
 */
export function openingYear(centre: StageCentre): number | null {
  const { stage, event } = centreStage(centre);
  if (stage !== 'oppen' || !event || event.event === 'i-drift' || !isKnown(event.date)) return null;
  return Number(event.date.slice(0, 4));
}

/**
 * A kommun's stage: the furthest any of its family centres has reached (centre-like services do
 * not count towards the goals); when two reached it, the one that did so first.
 */
export function kommunStage(kommun: string, centres: readonly StageCentre[]): KommunStage {
  const stages = centres
    .filter((c) => c.kommun === kommun && countsAsFamilyCentre(c))
    .map(centreStage);
  const open = stages.filter((s) => s.stage !== 'stangd');
  const pool = open.length > 0 ? open : stages;
  // A closed centre is in the pool only when the kommun has no other, so "stangd" never outranks a live stage.
  return pool.reduce<KommunStage>(
    (best, s) =>
      rank(s.stage) > rank(best.stage) ||
      (rank(s.stage) === rank(best.stage) && earlier(s.event, best.event))
        ? s
        : best,
    { stage: 'ingen' },
  );
}

function earlier(a: StageEvent | undefined, b: StageEvent | undefined): boolean {
  if (!a || !isKnown(a.date)) return false;
  if (!b || !isKnown(b.date)) return true;
  return comparePartialDates(a.date, b.date) < 0;
}

/** The steps of the road, in order, that a kommun can reach ("ingen" and "stangd" are not steps). */
export const ROAD = STAGES.filter(
  (s): s is Exclude<Stage, 'ingen' | 'stangd'> => s !== 'ingen' && s !== 'stangd',
);
export type RoadStage = (typeof ROAD)[number];

/**
 * A step on the road as the sources record it: "nådd" when an event of a counted centre records
 * it and the event or its source has a date; "odaterad" when only undated sources record it (told
 * as what those sources say, never as reached); "okänd" for a step before the furthest one that no
 * event records (uppgift saknas: never assumed to have been taken); "inte-nådd" after it.
 */
export type StepState = 'nådd' | 'odaterad' | 'okänd' | 'inte-nådd';
export interface RoadStep {
  stage: RoadStage;
  state: StepState;
  /** The event that dates the step (the open step as centreStage dates it), when one records it. */
  event?: StageEvent;
  /** The step's date: the event's own, or else its source's; undefined for an undated step. */
  date?: string;
}

export function roadSteps(
  kommun: string,
  centres: readonly StageCentre[],
  sourceDate: (id: string) => string,
): RoadStep[] {
  const counted = centres.filter((c) => c.kommun === kommun && countsAsFamilyCentre(c));
  const furthest = kommunStage(kommun, centres);
  const events = kommunTimeline(kommun, counted);
  return ROAD.map((stage) => {
    const recorded = events.filter((e) => EVENT_STAGE[e.event] === stage);
    const dated = recorded.find((e) => eventDate(e, sourceDate));
    const event =
      stage === 'oppen' && furthest.stage === 'oppen' ? furthest.event : (dated ?? recorded[0]);
    if (event) {
      const date = eventDate(event, sourceDate);
      return { stage, state: date ? 'nådd' : 'odaterad', event, date };
    }
    return { stage, state: rank(stage) < rank(furthest.stage) ? 'okänd' : 'inte-nådd' };
  });
}

/** Every event of the kommun's centres, oldest first; undated events after the dated ones, in the order written. */
export function kommunTimeline(kommun: string, centres: readonly StageCentre[]): StageEvent[] {
  const events = centres
    .filter((c) => c.kommun === kommun)
    .flatMap((c) => c.events.map((e) => ({ ...e, centreId: c.id, centreName: c.name })));
  const dated = events
    .filter((e) => isKnown(e.date))
    .sort((a, b) => comparePartialDates(a.date, b.date));
  return [...dated, ...events.filter((e) => !isKnown(e.date))];
}
