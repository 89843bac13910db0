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
import { comparePartialDates, isKnown } from '../../schemas/partial-date.ts';
import { statusEvent, type EventFact } from './status.ts';

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

/** The furthest stage one centre has reached, and the event that reached it first; a closed centre is "stangd". */
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
  return best;
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
 * A step on the road as the sources record it: "nådd" only when an event of a counted centre
 * records it; a step before the furthest one that no event records is "okänd" (uppgift saknas),
 * never assumed to have been taken; a step after it is "inte-nådd".
 */
export type StepState = 'nådd' | 'okänd' | 'inte-nådd';
export interface RoadStep {
  stage: RoadStage;
  state: StepState;
  /** The first event that records the step, when one does. */
  event?: StageEvent;
}

export function roadSteps(kommun: string, centres: readonly StageCentre[]): RoadStep[] {
  const counted = centres.filter((c) => c.kommun === kommun && countsAsFamilyCentre(c));
  const furthest = rank(kommunStage(kommun, centres).stage);
  const events = kommunTimeline(kommun, counted);
  return ROAD.map((stage) => {
    const event = events.find((e) => EVENT_STAGE[e.event] === stage);
    if (event) return { stage, state: 'nådd', event };
    return { stage, state: rank(stage) < furthest ? 'okänd' : 'inte-nådd' };
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
