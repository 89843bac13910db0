/**
 * View models of the register: centres and kommuner as plain data for pages and components (cards,
 * status lines, stages, contact, the week, open-data rows). Pages load the site (load-site.ts)
 * and hand these to components; the follow-up's views are in follow-up/views.ts.
 */
import { siteConfig } from '../content/site-config';
import { byId, citedSources, source, type CentreEntry, type SiteContent } from '../content/query';
import { kommunSlug } from '../slug';
import { colocationOf, type CentreCardData } from './card';
import {
  countsAsFamilyCentre,
  figuresAsOf,
  kommunSituation,
  kommunStatusText,
  type CentreFacts,
} from './coverage';
import { attribution, attributions } from '../source-view';
import { centreStage } from './stages';
import { contactRows, nextStep, type ContactRow } from './contact';
import { isoDate, serviceHoursPerWeek, type ExceptionFact, type SessionFact } from './programme';
import type { SourceRef } from '../source-view';
import { EVENT_LABELS, STAGE_LABELS } from '../../schemas/centre-vocabulary';
import { formatPartialDate, kommunName } from '../format';
import { statusLine } from './status-line';
import { buildDay } from '../build-day';
import { centreSourceIds } from './sources';
import { lanWithExamples } from './example-lan';
import { downloads, href, routes } from '../paths';
import { calendarFeed } from './calendar-feed';
import type { CentreRow } from './open-data';
import { isKnown } from '../../schemas/partial-date';

/** Every source a centre cites, as SourceList shows them. */
export function centreSources(site: SiteContent, centre: CentreEntry) {
  return citedSources(site, centreSourceIds(centre.data));
}

/** A centre's events with plain source ids, as the status and stage computations take them. */
export const plainEvents = (centre: CentreEntry) =>
  centre.data.events.map((e) => ({ ...e, source: e.source.id }));

/** The line that says as of when, and by whom, a centre's status is known. */
export function centreStatusLine(site: SiteContent, centre: CentreEntry) {
  return statusLine(plainEvents(centre), (id) => source(site, id), buildDay());
}

/** A centre as plain card data. */
export function centreCard(site: SiteContent, centre: CentreEntry): CentreCardData {
  const kommun = byId(site.kommuner, centre.data.kommun.id);
  const lan = byId(site.lan, kommun.data.lan.id);
  const inRegion = kommun.data.lan.id === siteConfig.region.lanCode;
  const line = centreStatusLine(site, centre);
  return {
    id: centre.id,
    name: centre.data.name,
    nameKnown: centre.data.nameKnown,
    kommunCode: kommun.id,
    kommunName: kommun.data.name,
    lanCode: lan.id,
    lanName: lan.data.name,
    kommunSlug: inRegion ? kommunSlug(kommun) : undefined,
    status: centre.data.status,
    stage: centreStage({
      id: centre.id,
      name: centre.data.name,
      kommun: kommun.id,
      kind: centre.data.kind,
      events: plainEvents(centre),
    }).stage,
    statusAsOf: line.short,
    statusStale: line.stale,
    kind: centre.data.kind,
    services: centre.data.services.filter((s) => !s.planned).map((s) => s.service),
    colocation: colocationOf(centre.data.services),
  };
}

/** Centres as the plain facts coverage.ts and stages.ts compute from, with the age of each status. */
export function centreFacts(site: SiteContent): CentreFacts[] {
  return site.centres.map((c) => {
    const line = centreStatusLine(site, c);
    return {
      id: c.id,
      name: c.data.name,
      kommun: c.data.kommun.id,
      status: c.data.status,
      kind: c.data.kind,
      events: plainEvents(c),
      statusDate: line.date,
      statusStale: line.stale,
      colocation: colocationOf(c.data.services),
    };
  });
}

/** Where each of the region's kommuner stands: status and its age for the map and lists, and the stage reached with its event. */
export function regionKommunStatuses(site: SiteContent) {
  const facts = centreFacts(site);
  return site.regionKommuner.map((k) => {
    const situation = kommunSituation(k.id, facts);
    return {
      code: k.id,
      name: k.data.name,
      slug: kommunSlug(k),
      status: situation.status,
      statusText: kommunStatusText(situation),
      asOf: situation.asOf,
      stale: situation.stale,
      stage: situation,
    };
  });
}

/** The goals page's table and the open data: each kommun's stage, the event that reached it, and its source. */
export function kommunStageRows(site: SiteContent) {
  return regionKommunStatuses(site).map((k) => {
    const e = k.stage.event;
    const told = e && source(site, e.source);
    return {
      code: k.code,
      kommun: k.name,
      slug: k.slug,
      stage: k.stage.stage,
      stageLabel: STAGE_LABELS[k.stage.stage],
      event: e?.event,
      date: e && e.date !== 'okänd' ? e.date : null,
      when: e
        ? `${EVENT_LABELS[e.event]} ${e.date === 'okänd' ? '(datum saknas)' : formatPartialDate(e.date)}`
        : null,
      centreId: e?.centreId,
      source: told && { id: told.id, name: told.name, by: attribution(told) },
    };
  });
}

/** The newest dated fact the region's figures rest on ("till och med maj 2024"). */
export function regionFiguresAsOf(site: SiteContent): string | undefined {
  const codes = new Set(site.regionKommuner.map((k) => k.id));
  return figuresAsOf(
    site.centres
      .filter((c) => codes.has(c.data.kommun.id))
      .map((c) => centreStatusLine(site, c).newestDate),
  );
}

/** Every centre as an open-data row; the same facts the pages show. */
export function centreRows(site: SiteContent, origin: URL | undefined): CentreRow[] {
  return site.centres.map((c) => {
    const card = centreCard(site, c);
    const line = centreStatusLine(site, c);
    const d = c.data;
    const programme = centreProgramme(site, c);
    return {
      id: c.id,
      namn: d.name,
      namn_kant: d.nameKnown,
      kommunkod: card.kommunCode,
      kommun: card.kommunName,
      lan: card.lanName,
      status: d.status,
      steg: card.stage,
      status_datum: line.date ?? null,
      status_aldre_an_tva_ar: line.stale,
      typ: d.kind,
      raknas_som_familjecentral: countsAsFamilyCentre(d),
      verksamheter: card.services,
      planerade_verksamheter: d.services.filter((s) => s.planned).map((s) => s.service),
      samlokalisering: card.colocation,
      oppen_forskola_timmar_per_vecka: programme
        ? serviceHoursPerWeek(programme.sessions, 'oppen-forskola', isoDate(buildDay()))
        : null,
      samordnare: d.organisation.coordinator,
      styrgrupp: d.organisation.steeringGroup,
      gemensam_planeringstid: d.organisation.sharedPlanningTime,
      handelser: d.events.map((e) => ({
        handelse: e.event,
        datum: e.date === 'okänd' ? null : e.date,
        kalla: e.source.id,
      })),
      kallor: centreSources(site, c).map((s) => s.id),
      senast_granskad: d.lastReviewed.toISOString().slice(0, 10),
      ansvarig: d.owner,
      sida: new URL(href(routes.centre(c.id)), origin).href,
    };
  });
}

/** Example centres in other län, with the län's name, for the map of Sweden. */
export function exampleLan(site: SiteContent) {
  const centres = site.centres.map((c) => ({
    id: c.id,
    name: c.data.name,
    lanCode: byId(site.kommuner, c.data.kommun.id).data.lan.id,
  }));
  return lanWithExamples(centres, siteConfig.region.lanCode).map((l) => ({
    ...l,
    lanName: byId(site.lan, l.lanCode).data.name,
  }));
}

/** A centre's week as plain facts, with each session's and exception's source; undefined without a programme. */
export function centreProgramme(site: SiteContent, centre: CentreEntry) {
  const p = centre.data.programme;
  if (!p) return undefined;
  const day = (date?: Date) => (date ? isoDate(date) : undefined);
  const sessions: (SessionFact & { source: SourceRef })[] = p.sessions.map((s) => ({
    days: s.days,
    from: s.from,
    to: s.to,
    what: s.what,
    forWhom: s.forWhom,
    service: s.service,
    place: s.place,
    validFrom: day(s.validFrom),
    validTo: day(s.validTo),
    source: source(site, s.source.id),
  }));
  const exceptions: (ExceptionFact & { source: SourceRef })[] = p.exceptions.map((e) => ({
    date: isoDate(e.date),
    until: day(e.until),
    kind: e.kind,
    from: e.from,
    to: e.to,
    what: e.what,
    note: e.note,
    source: source(site, e.source.id),
  }));
  return { sessions, exceptions, note: p.note };
}

/** A kommun's own contact items as rows a page shows (its kommun text's `contact`). */
export function kommunContactRows(site: SiteContent, kommunId: string): ContactRow[] {
  const profile = site.kommunprofiler.find((p) => p.data.kommun.id === kommunId);
  return contactRows(
    (profile?.data.contact ?? []).map((c) => ({ ...c, source: source(site, c.source.id) })),
  );
}

/**
 * The centres that have pages for parents in the translation languages: the region's own open
 * centres (a closed or planned centre has nothing yet for a parent to use).
 */
export function translatedCentres(site: SiteContent): CentreEntry[] {
  const region = new Set(site.regionKommuner.map((k) => k.id));
  return site.centres.filter((c) => c.data.status === 'öppen' && region.has(c.data.kommun.id));
}

/** A centre's contact items, and the next step when its own number is not known. */
export function centreContact(site: SiteContent, centre: CentreEntry) {
  const rows = contactRows(
    centre.data.contact.map((c) => ({ ...c, source: source(site, c.source.id) })),
  );
  const kommun = byId(site.kommuner, centre.data.kommun.id);
  const kommunRows = kommunContactRows(site, kommun.id);
  return { rows, next: nextStep(rows, kommunRows, `${kommunName(kommun.data.name)}s`), kommunRows };
}

/** The site's sentence on where to find BVC, with its link and sources, when the content has one. */
export function findBvc(site: SiteContent) {
  const text = site.parentTexts.find((t) => t.data.about === 'hitta-bvc');
  if (!text) return undefined;
  const sources = text.data.sources.map((s) => source(site, s.id));
  return {
    text: text.data.text,
    link: text.data.link,
    linkText: text.data.linkText,
    by: attributions(sources),
    sources,
  };
}

/**
 * The calendar feed of some centres' weeks: one centre's own, or every centre's (the region's).
 * A session is anchored to its first day, or else to its source's date, so the feed does not
 * change from one build to the next unless the programme does.
 */
export function calendarFeedFor(
  site: SiteContent,
  centres: readonly CentreEntry[],
  origin: URL | undefined,
  scope: 'centre' | 'region',
) {
  const one = scope === 'centre';
  const url = new URL(
    href(one ? routes.centreCalendar(centres[0].id) : downloads.calendar),
    origin,
  );
  const feedCentres = centres.flatMap((c) => {
    const programme = centreProgramme(site, c);
    if (!programme) return [];
    const first = programme.sessions
      .map((s) => s.source)
      .map((s) =>
        isKnown(s.date) && s.date.length === 10
          ? s.date
          : s.accessed
            ? isoDate(s.accessed)
            : undefined,
      )
      .find(Boolean);
    return [
      {
        id: c.id,
        name: c.data.name,
        url: new URL(href(routes.centre(c.id)), origin).href,
        sessions: programme.sessions.map((s) => ({ ...s, source: s.source.id })),
        exceptions: programme.exceptions,
        anchor: first ?? isoDate(buildDay()),
      },
    ];
  });
  return calendarFeed({
    name: one
      ? `${centres[0].data.name}: veckans program`
      : `${siteConfig.siteName}: veckans program`,
    description: one
      ? `Pass och stängda dagar på ${centres[0].data.name}, från ${siteConfig.siteName}.`
      : `Pass och stängda dagar på familjecentralerna, från ${siteConfig.siteName}.`,
    host: url.host,
    url: url.href,
    centres: feedCentres,
    stamp: buildDay(),
    nameCentres: !one,
  });
}
