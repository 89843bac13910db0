/**
 * A kommun as the pages tell it, from its view (register/views.ts regionKommunViews): its status
 * with the age of the fact, its road with each step as the sources record it, its centres, the
 * nearest open centres when it has none known to be open today, whom to contact, and the sources.
 * The Swedish kommun page, the translated kommun pages, the goals page's table and the open data
 * all take these, so a kommun is told the same way everywhere.
 */
import {
  byId,
  chapterWithRole,
  citedSources,
  indexBy,
  source,
  type KommunEntry,
  type SiteContent,
} from '../content/query';
import { nearest } from '../map/distance';
import type { RoadStep, StageEvent } from '../register/stages';
import { kommunTimeline } from '../register/stages';
import { contactRows } from '../register/contact';
import { countsAsOpen, hasCentre } from '../register/coverage';
import {
  centreCard,
  centreFacts,
  findBvc,
  kommunContact,
  regionKommunViews,
  type KommunView,
} from '../register/views';
import { kommunStatusText } from './age';
import type { Words } from './words';

/** A step's date as the sources give it: "2019", "23 oktober 2023"; undefined for an undated step. */
export function stepWhen(words: Words, step: Pick<RoadStep, 'date'>): string | undefined {
  return step.date ? words.partialDate(step.date) : undefined;
}

/** "Invigd maj 2023", "Planerad öppning 23 oktober 2023", "Beslut (datum saknas)". */
export function eventText(
  words: Words,
  event: Pick<StageEvent, 'event'>,
  date: string | undefined,
) {
  const label = words.t(`event.${event.event}`);
  return date ? `${label} ${words.partialDate(date)}` : `${label} (${words.t('attr.dateMissing')})`;
}

/** The goals page's table and the open data: each kommun's furthest step, when, its status and age, and the source. */
export function stageRows(site: SiteContent, words: Words) {
  return regionKommunViews(site).map((k) => {
    const furthest = k.steps.findLast((s) => s.event !== undefined);
    const told = k.stageSource;
    return {
      code: k.code,
      kommun: k.name,
      slug: k.slug,
      stage: k.situation.stage,
      stageLabel: words.t(`stage.${k.situation.stage}`),
      status: k.situation.status,
      statusText: kommunStatusText(words, k.situation),
      event: furthest?.event?.event,
      date: furthest?.date ?? null,
      dated: furthest ? furthest.state === 'nådd' : false,
      // An undated step is named alone: the table says that only an undated source records it.
      when: furthest?.event
        ? furthest.date
          ? eventText(words, furthest.event, furthest.date)
          : words.t(`event.${furthest.event.event}`)
        : null,
      centreId: furthest?.event?.centreId,
      source: told && { id: told.id, name: told.name, by: words.attribution(told) },
    };
  });
}

/** Everything a kommun's page shows, in the page's language. */
export function kommunPage(site: SiteContent, kommun: KommunEntry, words: Words) {
  // Every kommun of the region has its text: the content checks stop the build otherwise.
  const profile = indexBy(site.kommunprofiler, (p) => p.data.kommun.id)(kommun.id);
  const view = indexBy(regionKommunViews(site), (k) => k.code)(kommun.id);
  const facts = centreFacts(site);
  const factOf = indexBy(facts, (f) => f.id);
  const { situation } = view;
  const timelineItem = (e: StageEvent) => {
    const told = source(site, e.source);
    return {
      date: e.date === 'okänd' ? null : words.partialDate(e.date),
      label: words.t(`event.${e.event}`),
      note: e.note,
      centre: { id: e.centreId, name: e.centreName },
      source: { id: told.id, name: told.name, by: words.attribution(told) },
    };
  };
  const events = kommunTimeline(kommun.id, facts);
  const regionCodes = new Set(site.regionKommuner.map((k) => k.id));
  // Nearest open family centres in the region's other kommuner, by distance between kommun centroids.
  const candidates = site.centres
    .filter(
      (c) =>
        c.data.kommun.id !== kommun.id &&
        regionCodes.has(c.data.kommun.id) &&
        countsAsOpen(factOf(c.id)),
    )
    .map((c) => ({
      centre: centreCard(site, c),
      centroid: byId(site.kommuner, c.data.kommun.id).data.centroid,
    }));
  const rows = contactRows(kommunContact(site, kommun.id));
  const bvc = findBvc(site);
  return {
    name: kommun.data.name,
    profile,
    view,
    situation,
    status: situation.status,
    hasCentre: hasCentre(situation.status),
    statusText: kommunStatusText(words, situation),
    timeline: events.map(timelineItem),
    steps: view.steps.map((s) => ({
      stage: s.stage,
      state: s.state,
      when: stepWhen(words, s),
      event: s.event && timelineItem(s.event),
    })),
    own: site.centres.filter((c) => c.data.kommun.id === kommun.id).map((c) => centreCard(site, c)),
    goal: site.goals.find((g) => g.data.measure === 'kommuner-med-familjecentral'),
    closest: situation.status === 'oppen' ? [] : nearest(kommun.data.centroid, candidates, 3),
    contactRows: rows,
    kommunPhone: rows.find((r) => r.kind === 'telefon'),
    bvc,
    startChapter: chapterWithRole(site, 'starta'),
    // The page's facts: the kommun text's sources and those of every event on its road.
    pageSources: citedSources(site, [
      ...profile.data.sources,
      ...profile.data.contact.map((c) => c.source),
      ...events.map((e) => ({ id: e.source })),
      ...(bvc && situation.status !== 'oppen' ? bvc.sources : []),
    ]),
  };
}
export type { KommunView };
