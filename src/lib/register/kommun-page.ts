/**
 * Everything a kommun's page shows, as plain data: where the kommun stands and since when, its road
 * with each step's event and source, its own centres, the nearest open centres elsewhere in the
 * region when it has none open, whom to contact, and the sources of it all. The page
 * (src/pages/kommuner/[slug].astro) renders this and the kommun's text.
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
import { centreCard, centreFacts, findBvc, kommunContactRows } from './views';
import { countsAsOpen, kommunSituation } from './coverage';
import { kommunTimeline, roadSteps } from './stages';
import { nearest } from '../map/distance';
import { attribution } from '../source-view';
import { formatPartialDate } from '../format';
import { EVENT_LABELS } from '../../schemas/centre-vocabulary';

export function kommunPage(site: SiteContent, kommun: KommunEntry) {
  // Every kommun of the region has its text: the content checks stop the build otherwise.
  const profile = indexBy(site.kommunprofiler, (p) => p.data.kommun.id)(kommun.id);
  const facts = centreFacts(site);
  const factOf = indexBy(facts, (f) => f.id);
  const situation = kommunSituation(kommun.id, facts);
  const timelineItem = (e: ReturnType<typeof kommunTimeline>[number]) => {
    const told = source(site, e.source);
    return {
      date: e.date === 'okänd' ? null : formatPartialDate(e.date),
      label: EVENT_LABELS[e.event],
      note: e.note,
      centre: { id: e.centreId, name: e.centreName },
      source: { id: told.id, name: told.name, by: attribution(told) },
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
  const contactRows = kommunContactRows(site, kommun.id);
  const bvc = findBvc(site);
  return {
    name: kommun.data.name,
    profile,
    situation,
    status: situation.status,
    timeline: events.map(timelineItem),
    steps: roadSteps(kommun.id, facts).map((s) => ({
      stage: s.stage,
      state: s.state,
      event: s.event && timelineItem(s.event),
    })),
    own: site.centres.filter((c) => c.data.kommun.id === kommun.id).map((c) => centreCard(site, c)),
    goal: site.goals.find((g) => g.data.measure === 'kommuner-med-familjecentral'),
    closest: situation.status === 'oppen' ? [] : nearest(kommun.data.centroid, candidates, 3),
    contactRows,
    kommunPhone: contactRows.find((r) => r.kind === 'telefon'),
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
