/**
 * The register's views of the loaded site: each centre's view (centre-view.ts) and the facts the
 * figures count, computed once per build and looked up by every page after; each kommun's
 * situation and road. Pages and the telling (src/lib/telling/) take these and compute nothing.
 * The follow-up's views are in follow-up/views.ts. Everything comes from the site handed in (the
 * region's län too), so the views are tested on plain data (views.test.ts).
 */
import {
  byId,
  citedSources,
  perSite,
  source,
  type CentreEntry,
  type SiteContent,
} from '../content/query';
import { kommunSlug } from '../slug';
import { buildDay } from '../build-day';
import type { SourceRef } from '../source-view';
import { centreView, type CentreView, type ParentSentence } from './centre-view';
import { cardOf } from './card';
import { coverage, figuresAsOf, kommunSituation, type CentreFacts } from './coverage';
import { centreSourceIds } from './sources';
import { lanWithExamples } from './example-lan';
import { roadSteps } from './stages';

/** Every source a centre cites, as SourceList shows them. */
export function centreSources(site: SiteContent, centre: CentreEntry) {
  return citedSources(site, centreSourceIds(centre.data));
}

/** A centre's events with plain source ids, as the status and stage computations take them. */
export const plainEvents = (centre: CentreEntry) =>
  centre.data.events.map((e) => ({ ...e, source: e.source.id }));

/** The site's sentences to parents, with their sources. */
export const parentSentences = perSite((site): ParentSentence[] =>
  site.parentTexts.map((t) => ({
    about: t.data.about,
    text: t.data.text,
    sources: t.data.sources.map((s) => source(site, s.id)),
  })),
);

/** A kommun's own contact items (its kommun text's `contact`), with their sources. */
function kommunContact(site: SiteContent, kommunId: string) {
  const profile = site.kommunprofiler.find((p) => p.data.kommun.id === kommunId);
  return (profile?.data.contact ?? []).map((c) => ({ ...c, source: source(site, c.source.id) }));
}

const built = new WeakMap<SiteContent, Map<string, CentreView>>();

/** Every centre's view, computed once per loaded site. */
export function centreViews(site: SiteContent): Map<string, CentreView> {
  let views = built.get(site);
  if (views) return views;
  const texts = parentSentences(site);
  const today = buildDay();
  const ref = (id: string): SourceRef => source(site, id);
  views = new Map(
    site.centres.map((c) => {
      const kommun = byId(site.kommuner, c.data.kommun.id);
      const lan = byId(site.lan, kommun.data.lan.id);
      const inRegion = kommun.data.lan.id === site.lanCode;
      const view = centreView({
        id: c.id,
        data: c.data,
        kommun: {
          code: kommun.id,
          name: kommun.data.name,
          slug: inRegion ? kommunSlug(kommun) : undefined,
          lanCode: lan.id,
          lanName: lan.data.name,
          contact: kommunContact(site, kommun.id),
        },
        texts,
        source: ref,
        today,
      });
      return [c.id, view];
    }),
  );
  built.set(site, views);
  return views;
}

/** One centre's view. */
export function centreViewOf(site: SiteContent, centre: Pick<CentreEntry, 'id'>): CentreView {
  const view = centreViews(site).get(centre.id);
  if (!view) throw new Error(`No centre "${centre.id}" in the loaded site`);
  return view;
}

/** A centre's card: its view's facts for lists and filters. */
export const centreCard = (site: SiteContent, centre: Pick<CentreEntry, 'id'>) =>
  cardOf(centreViewOf(site, centre));

/**
 * Centres as the plain facts coverage.ts and stages.ts count, each with the age its view tells;
 * once per loaded site, like the views.
 */
export const centreFacts = perSite((site): CentreFacts[] =>
  site.centres.map((c) => {
    const view = centreViewOf(site, c);
    return {
      id: c.id,
      name: c.data.name,
      kommun: c.data.kommun.id,
      status: c.data.status,
      kind: c.data.kind,
      events: plainEvents(c),
      statusDate: view.age.date,
      statusStale: view.age.state !== 'ny',
      colocation: view.colocation,
    };
  }),
);

/** The region's coverage: the figures the start page, the goals page and the map show. */
export const regionCoverage = perSite((site) =>
  coverage(
    site.regionKommuner.map((k) => k.id),
    centreFacts(site),
  ),
);

/**
 * Where each of the region's kommuner stands: its situation (status, stage, age) and its road;
 * once per loaded site (each kommun page, in each language, asks for them all).
 */
export const regionKommunViews = perSite((site) => {
  const facts = centreFacts(site);
  const sourceDate = (id: string) => source(site, id).date;
  return site.regionKommuner.map((k) => {
    const situation = kommunSituation(k.id, facts);
    const told = situation.event && source(site, situation.event.source);
    return {
      code: k.id,
      name: k.data.name,
      slug: kommunSlug(k),
      situation,
      steps: roadSteps(k.id, facts, sourceDate),
      /** The source of the event that dates the furthest step. */
      stageSource: told,
      centres: site.centres.filter((c) => c.data.kommun.id === k.id).map((c) => c.id),
    };
  });
});
export type KommunView = ReturnType<typeof regionKommunViews>[number];

/** The newest dated fact the region's figures rest on ("till och med maj 2024"). */
export function regionFiguresAsOf(site: SiteContent): string | undefined {
  const codes = new Set(site.regionKommuner.map((k) => k.id));
  return figuresAsOf(
    [...centreViews(site).values()].filter((v) => codes.has(v.kommun.code)).map((v) => v.age.date),
  );
}

/** Example centres in other län, with the län's name, for the map of Sweden. */
export function exampleLan(site: SiteContent) {
  const centres = [...centreViews(site).values()].map((v) => ({
    id: v.id,
    name: v.name,
    lanCode: v.kommun.lanCode,
  }));
  return lanWithExamples(centres, site.lanCode).map((l) => ({
    ...l,
    lanName: byId(site.lan, l.lanCode).data.name,
  }));
}

/**
 * The centres that have pages for parents in the translation languages: the region's own open
 * centres (a closed or planned centre has nothing yet for a parent to use).
 */
export const translatedCentres = perSite((site): CentreEntry[] => {
  const region = new Set(site.regionKommuner.map((k) => k.id));
  return site.centres.filter((c) => c.data.status === 'öppen' && region.has(c.data.kommun.id));
});

/** The site's sentence on where to find BVC, with its link and sources, when the content has one. */
export const findBvc = perSite((site) => {
  const text = site.parentTexts.find((t) => t.data.about === 'hitta-bvc');
  if (!text) return undefined;
  return {
    text: text.data.text,
    link: text.data.link,
    linkText: text.data.linkText,
    sources: text.data.sources.map((s) => source(site, s.id)),
  };
});

/** A kommun's own contact items as rows (its kommun text's `contact`). */
export { kommunContact };
