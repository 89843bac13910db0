/**
 * All that any channel shows about one centre, computed once: its status and the age of the fact
 * behind it, whether the figures count it and how it is co-located, the step of the road it has
 * reached and the event that dates it, the year it opened, how to reach it (with the next step
 * where its own number is unknown), its week with the age of the programme, and the parents' box.
 * The Swedish and translated pages, the cards, the map, the figures, the editor's preview, the
 * calendar feeds and the open data all render this view (src/lib/telling/), never a fact of their
 * own. Plain data in, plain data out: no words here but the sources' own.
 */
import type { Centre } from '../../schemas/centre';
import type { BasicService, Colocation } from '../../schemas/centre-vocabulary';
import type { ParentTextTopic } from '../../schemas/parent-text';
import { isoDay } from '../format';
import type { SourceRef } from '../source-view';
import { colocationOf } from './card';
import {
  contactRows,
  nextStep,
  type ContactInput,
  type ContactRow,
  type NextStep,
} from './contact';
import { programmeAge, statusAge, type AgeState } from './fact-age';
import {
  comingExceptions,
  regularWeek,
  serviceHoursPerWeek,
  type ExceptionFact,
  type SessionFact,
  type WeekRow,
} from './programme';
import { centreStage, countsAsFamilyCentre, openingYear, type KommunStage } from './stages';

/** What the view reads of a centre entry: the schema's own output, so no field is written twice. */
export type CentreData = Pick<
  Centre,
  | 'name'
  | 'nameKnown'
  | 'kind'
  | 'place'
  | 'status'
  | 'events'
  | 'services'
  | 'activities'
  | 'visit'
  | 'ask'
  | 'partners'
  | 'moreInfo'
  | 'contact'
  | 'programme'
>;

/** A sentence the site says to parents (parent-texts.yaml), with its sources. */
export interface ParentSentence {
  about: ParentTextTopic;
  text: string;
  sources: readonly SourceRef[];
}

export interface CentreViewInput {
  id: string;
  data: CentreData;
  kommun: {
    code: string;
    name: string;
    /** The kommun page's slug; only a kommun of the region has one. */
    slug?: string;
    lanCode: string;
    lanName: string;
    /** The kommun's own contact items (its kommun text), as a fallback for a centre without a number. */
    contact: readonly ContactInput[];
  };
  /** The site's sentences to parents, in the order written. */
  texts: readonly ParentSentence[];
  source: (id: string) => SourceRef;
  today: Date;
}

/** An age with its sources resolved: what the status line, card, map and feeds all say. */
export interface AgeView {
  state: AgeState;
  date?: string;
  source: SourceRef;
  undated: SourceRef[];
}

export type SessionView = SessionFact & { source: SourceRef };
export type ExceptionView = ExceptionFact & { source: SourceRef };

export interface WeekView {
  /** The regular week as it is from the day of the build. */
  days: WeekRow[];
  /** Closed days and changed hours that have not passed. */
  exceptions: ExceptionView[];
  /** Every session and exception, for the calendar feed. */
  sessions: SessionView[];
  allExceptions: ExceptionView[];
  note?: string;
  /** The sources of the sessions still running, each once. */
  sources: SourceRef[];
  /** How old the programme is: the newest of its sessions' sources. */
  age: AgeView;
  /** The open preschool's hours a week, or null when it has no sessions. */
  hoursPerWeek: number | null;
  /** The one place every running session is at, when they share one. */
  place?: string;
}

export interface BoxView {
  open: boolean;
  /** The status's age: the box opens with it when it is old or undated. */
  age: AgeView;
  /** The running basic services, each with the site's sentence about it when there is one. */
  what: { service: BasicService; sentence?: ParentSentence }[];
  confidentiality?: ParentSentence;
  activities: { text: string; source: SourceRef }[];
  where: { place: string; note?: string; source: SourceRef }[];
  /** True when two sources give different places. */
  whereDisputed: boolean;
  ask?: { organisation: string; source?: SourceRef };
  moreInfo?: { name: string; url: string };
  /** Every source of the site's own sentences in the box. */
  textSources: SourceRef[];
}

export interface CentreView {
  id: string;
  name: string;
  nameKnown: boolean;
  kind: Centre['kind'];
  status: Centre['status'];
  place?: string;
  kommun: CentreViewInput['kommun'];
  inRegion: boolean;
  /** Whether the region's figures count it (countsAsFamilyCentre): the one counting rule. */
  counts: boolean;
  colocation: Colocation;
  stage: KommunStage;
  openingYear: number | null;
  age: AgeView;
  services: BasicService[];
  plannedServices: BasicService[];
  contact: {
    rows: ContactRow[];
    /** What to do when the centre's own number is unknown. */
    next?: NextStep;
    kommunRows: ContactRow[];
    /** True when no number to call is known at all: the page points to BVC on 1177. */
    noPhone: boolean;
  };
  week?: WeekView;
  box: BoxView;
}

const unique = (sources: readonly SourceRef[]) => [
  ...new Map(sources.map((s) => [s.id, s])).values(),
];

/**
 * The site's sentences a centre's box shows: for an open centre, the one about each service it
 * runs and the one about confidentiality; for a centre that is not open, none.
 */
export function shownParentTexts<T extends { about: ParentTextTopic }>(
  status: Centre['status'],
  services: readonly { service: BasicService; planned: boolean }[],
  texts: readonly T[],
): T[] {
  if (status !== 'öppen') return [];
  const running = new Set<string>(services.filter((s) => !s.planned).map((s) => s.service));
  return texts.filter((t) => t.about === 'tystnadsplikt' || running.has(t.about));
}

function resolveAge(
  age: { state: AgeState; date?: string; source: string; undated: readonly string[] },
  source: (id: string) => SourceRef,
): AgeView {
  return {
    state: age.state,
    date: age.date,
    source: source(age.source),
    undated: age.undated.map(source),
  };
}

function weekOf(
  programme: NonNullable<CentreData['programme']>,
  source: (id: string) => SourceRef,
  today: Date,
): WeekView | undefined {
  const day = isoDay(today);
  // The schema's fields as they are (a new one comes along), the days as text, the source shown.
  const sessions: SessionView[] = programme.sessions.map((s) => ({
    ...s,
    validFrom: s.validFrom && isoDay(s.validFrom),
    validTo: s.validTo && isoDay(s.validTo),
    source: source(s.source.id),
  }));
  const exceptions: ExceptionView[] = programme.exceptions.map((e) => ({
    ...e,
    date: isoDay(e.date),
    until: e.until && isoDay(e.until),
    source: source(e.source.id),
  }));
  const running = sessions.filter((s) => !s.validTo || s.validTo >= day);
  const sources = unique(running.map((s) => s.source));
  const age = programmeAge(
    sources.length > 0 ? sources : unique(sessions.map((s) => s.source)),
    today,
  );
  if (!age) return undefined;
  const places = new Set(running.map((s) => s.place));
  return {
    days: regularWeek(sessions, day),
    exceptions: comingExceptions(exceptions, day),
    sessions,
    allExceptions: exceptions,
    note: programme.note,
    sources,
    age: resolveAge(age, source),
    hoursPerWeek: serviceHoursPerWeek(sessions, 'oppen-forskola', day),
    place: places.size === 1 ? [...places][0] : undefined,
  };
}

export function centreView(input: CentreViewInput): CentreView {
  const { data, source, today } = input;
  const events = data.events.map((e) => ({ ...e, source: e.source.id }));
  const sourceDate = (id: string) => source(id).date;
  const age = statusAge(data.status, events, sourceDate, today);
  // The schema refuses a centre without an event that sets its status; a preview being typed may
  // not have one yet, and then reads as undated from its first event's source.
  const ageView = resolveAge(
    age ?? { state: 'odaterad', source: events.at(-1)?.source ?? '', undated: [] },
    source,
  );
  const stageCentre = {
    id: input.id,
    name: data.name,
    kommun: input.kommun.code,
    kind: data.kind,
    events,
  };
  const rows = contactRows(data.contact.map((c) => ({ ...c, source: source(c.source.id) })));
  const kommunRows = contactRows(input.kommun.contact);
  const next = nextStep(rows, kommunRows);
  const open = data.status === 'öppen';
  const shown = shownParentTexts(data.status, data.services, input.texts);
  const sentenceOf = (about: ParentTextTopic) => shown.find((t) => t.about === about);
  const week = data.programme ? weekOf(data.programme, source, today) : undefined;
  const moreInfo = data.moreInfo && source(data.moreInfo.id);
  const ask = data.ask
    ? { organisation: data.ask.organisation, source: source(data.ask.source.id) }
    : data.partners
      ? { organisation: data.partners }
      : undefined;
  return {
    id: input.id,
    name: data.name,
    nameKnown: data.nameKnown,
    kind: data.kind,
    status: data.status,
    place: data.place,
    kommun: input.kommun,
    inRegion: input.kommun.slug !== undefined,
    counts: countsAsFamilyCentre(data),
    colocation: colocationOf(data.services),
    stage: centreStage(stageCentre),
    openingYear: openingYear(stageCentre),
    age: ageView,
    services: data.services.filter((s) => !s.planned).map((s) => s.service),
    plannedServices: data.services.filter((s) => s.planned).map((s) => s.service),
    contact: {
      rows,
      next,
      kommunRows,
      noPhone: !next?.phone && !rows.some((r) => r.kind === 'telefon'),
    },
    week,
    box: {
      open,
      age: ageView,
      what: open
        ? data.services
            .filter((s) => !s.planned)
            .map((s) => ({ service: s.service, sentence: sentenceOf(s.service) }))
        : [],
      confidentiality: sentenceOf('tystnadsplikt'),
      activities: data.activities.map((a) => ({ text: a.text, source: source(a.source.id) })),
      where: data.visit.map((v) => ({ place: v.place, note: v.note, source: source(v.source.id) })),
      whereDisputed: new Set(data.visit.map((v) => v.source.id)).size > 1,
      ask,
      moreInfo: moreInfo?.url ? { name: moreInfo.publisher, url: moreInfo.url } : undefined,
      textSources: unique(shown.flatMap((t) => t.sources)),
    },
  };
}
