/**
 * The only module that reads the content collections. It loads everything once per build,
 * checks what single schemas cannot (see integrity.ts) and hands typed entries to pages.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../site.config';
import { checkChapters, checkReferences, checkSections, ContentError, type PlainEntry } from './integrity';
import { compareSv, formatPartialDate } from './format';
import { kommunSlug } from './slug';
import { checkContentLinks } from './content-links';
import { checkComponentUsage, siteComponentRules } from './content-components';
import { siteAddresses } from './site-index';
import { colocationOf, hoursPerWeek, type CentreCardData } from './centre-view';
import { figuresAsOf, type CentreFacts } from './coverage';
import { kommunStage, kommunStatusOf } from './stages';
import { attribution, sourceRef, type SourceRef } from './source-view';
import { EVENT_LABELS, STAGE_LABELS } from '../schemas/centre-vocabulary';
import { statusLine } from './status-line';
import { buildDay } from './build-day';
import { centreSourceIds } from './centre-sources';
import { lanWithExamples } from './examples';
import { checkTemplates } from './template-markdown';
import { href, routes } from './paths';

export type CentreEntry = CollectionEntry<'centres'>;
export type ChapterEntry = CollectionEntry<'guidance'>;
export type KommunEntry = CollectionEntry<'kommuner'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type NewsEntry = CollectionEntry<'news'>;
export type GoalEntry = CollectionEntry<'goals'>;
export type StrategyEntry = CollectionEntry<'strategy'>;
export type KommunprofilEntry = CollectionEntry<'kommunprofiler'>;
export type TemplateEntry = CollectionEntry<'templates'>;
export type StartStepEntry = CollectionEntry<'startSteps'>;
export type AssessmentEntry = CollectionEntry<'assessment'>;
export type EasyReadEntry = CollectionEntry<'easyRead'>;

export interface SiteContent {
  lan: CollectionEntry<'lan'>[];
  kommuner: KommunEntry[];
  /** The kommuner of the configured region, in Swedish alphabetical order. */
  regionKommuner: KommunEntry[];
  kommunprofiler: KommunprofilEntry[];
  centres: CentreEntry[];
  /** Chapters in reading order. */
  guidance: ChapterEntry[];
  strategy: StrategyEntry[];
  goals: GoalEntry[];
  sources: SourceEntry[];
  glossary: TermEntry[];
  /** Newest first. */
  news: NewsEntry[];
  /** Document templates, in their order. */
  templates: TemplateEntry[];
  /** The start checklist's steps, in order. */
  startSteps: StartStepEntry[];
  /** The self-assessment's questions, in order. */
  assessment: AssessmentEntry[];
  /** Texts in easy Swedish. */
  easyRead: EasyReadEntry[];
  /** For each chapter, its headings' texts and the anchors they get. */
  chapterSections: Map<string, { text: string; slug: string }[]>;
}

let cached: Promise<SiteContent> | undefined;

/** All content, checked. Throws a ContentError naming file and field when anything is broken. */
export function loadSite(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const [lan, kommuner, kommunprofiler, centres, guidance, strategy, goals, sources, glossary, news, templates, startSteps, assessment, easyRead] = await Promise.all([
    getCollection('lan'),
    getCollection('kommuner'),
    getCollection('kommunprofiler'),
    getCollection('centres'),
    getCollection('guidance'),
    getCollection('strategy'),
    getCollection('goals'),
    getCollection('sources'),
    getCollection('glossary'),
    getCollection('news'),
    getCollection('templates'),
    getCollection('startSteps'),
    getCollection('assessment'),
    getCollection('easyRead'),
  ]);
  const all: PlainEntry[] = [lan, kommuner, kommunprofiler, centres, guidance, strategy, goals, sources, glossary, news, templates, startSteps, assessment, easyRead].flat();
  const kommunLabels = new Map(kommuner.map((k) => [k.id, k.data.name]));
  const problems = [...checkReferences(all, kommunLabels), ...checkChapters(guidance)];
  if (problems.length > 0) throw new ContentError(problems);
  // Headings come from the compiled chapters; nothing is rendered here.
  const chapterSections = new Map(
    await Promise.all(guidance.map(async (c) => [c.id, (await render(c)).headings.map((h) => ({ text: h.text, slug: h.slug }))] as const)),
  );
  const sectionProblems = checkSections([...startSteps, ...assessment], chapterSections);
  if (sectionProblems.length > 0) throw new ContentError(sectionProblems);

  const byName = (a: KommunEntry, b: KommunEntry) => compareSv(a.data.name, b.data.name);
  const site: SiteContent = {
    lan,
    kommuner,
    regionKommuner: kommuner.filter((k) => k.data.lan.id === siteConfig.region.lanCode).sort(byName),
    kommunprofiler,
    centres: centres.sort((a, b) => compareSv(a.data.name, b.data.name)),
    guidance: guidance.sort((a, b) => a.data.order - b.data.order),
    strategy,
    goals: goals.sort((a, b) => a.data.period.from - b.data.period.from),
    sources: sources.sort((a, b) => compareSv(a.data.title ?? a.data.description ?? a.id, b.data.title ?? b.data.description ?? b.id)),
    glossary: glossary.sort((a, b) => compareSv(a.data.term, b.data.term)),
    news: news.sort((a, b) => b.data.date.localeCompare(a.data.date)),
    templates: templates.sort((a, b) => a.data.order - b.data.order),
    startSteps: startSteps.sort((a, b) => a.data.order - b.data.order),
    assessment: assessment.sort((a, b) => a.data.order - b.data.order),
    easyRead,
    chapterSections,
  };
  // Links and components written in the texts can only be checked once every address is known.
  const textProblems = [
    ...checkContentLinks(all, siteAddresses(site)),
    ...checkComponentUsage(all, siteComponentRules(glossary.map((t) => t.id))),
    ...checkTemplates(templates),
  ];
  if (textProblems.length > 0) throw new ContentError(textProblems);
  return site;
}

export { kommunSlug };

/** The address of a section of a chapter; checkSections has made sure the heading exists. */
export function sectionPath(site: SiteContent, chapterId: string, section: string): string {
  const slug = site.chapterSections.get(chapterId)?.find((h) => h.text === section)?.slug;
  if (!slug) throw new Error(`No heading "${section}" in chapter ${chapterId}`);
  return `${routes.chapter(chapterId)}#${slug}`;
}

/** Looks up an entry by id, failing loudly: integrity checks ran, so a miss is a programming error. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`No entry with id "${id}"`);
  return found;
}

/** A source as the pages show and attribute it. */
export function source(site: SiteContent, id: string): SourceRef {
  return sourceRef(id, byId(site.sources, id).data);
}

/** The cited sources of an entry as plain data for SourceList, each once, in the order given. */
export function citedSources(site: SiteContent, refs: readonly { id: string }[]) {
  return [...new Set(refs.map((r) => r.id))].map((id) => source(site, id));
}

/** Every source a centre cites, as SourceList shows them. */
export function centreSources(site: SiteContent, centre: CentreEntry) {
  return citedSources(site, centreSourceIds(centre.data));
}

/** The oldest review among entries, for a page built from several of them. */
export function oldestReview(entries: readonly { data: { lastReviewed: Date; owner: string } }[]) {
  const sorted = [...entries].sort((a, b) => a.data.lastReviewed.valueOf() - b.data.lastReviewed.valueOf());
  return sorted[0] ? { lastReviewed: sorted[0].data.lastReviewed, owner: sorted[0].data.owner } : undefined;
}

/** A centre's events with plain source ids, as the status and stage computations take them. */
const plainEvents = (centre: CentreEntry) => centre.data.events.map((e) => ({ ...e, source: e.source.id }));

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
    lanName: lan.data.name,
    kommunSlug: inRegion ? kommunSlug(kommun) : undefined,
    status: centre.data.status,
    statusAsOf: line.short,
    statusStale: line.stale,
    kind: centre.data.kind,
    services: centre.data.services.filter((s) => !s.planned).map((s) => s.service),
    colocation: colocationOf(centre.data.services),
  };
}

/** Centres as the plain facts coverage.ts and stages.ts compute from. */
export function centreFacts(site: SiteContent): CentreFacts[] {
  return site.centres.map((c) => ({ id: c.id, name: c.data.name, kommun: c.data.kommun.id, status: c.data.status, kind: c.data.kind, events: plainEvents(c) }));
}

/** Where each of the region's kommuner stands: status for the map, and the stage reached with its event. */
export function regionKommunStatuses(site: SiteContent) {
  const facts = centreFacts(site);
  return site.regionKommuner.map((k) => {
    const stage = kommunStage(k.id, facts);
    return { code: k.id, name: k.data.name, slug: kommunSlug(k), status: kommunStatusOf(stage.stage), stage };
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
      when: e ? `${EVENT_LABELS[e.event]} ${e.date === 'okänd' ? '(datum saknas)' : formatPartialDate(e.date)}` : null,
      centreId: e?.centreId,
      source: told && { id: told.id, name: told.name, by: attribution(told) },
    };
  });
}

/** The newest dated fact the region's figures rest on ("till och med maj 2024"). */
export function regionFiguresAsOf(site: SiteContent): string | undefined {
  const codes = new Set(site.regionKommuner.map((k) => k.id));
  return figuresAsOf(site.centres.filter((c) => codes.has(c.data.kommun.id)).map((c) => centreStatusLine(site, c).newestDate));
}

/** Every centre as an open-data row; the same facts the pages show. */
export function centreRows(site: SiteContent, origin: URL | undefined): import('./open-data').CentreRow[] {
  return site.centres.map((c) => {
    const card = centreCard(site, c);
    const line = centreStatusLine(site, c);
    const d = c.data;
    return {
      id: c.id,
      namn: d.name,
      namn_kant: d.nameKnown,
      kommunkod: card.kommunCode,
      kommun: card.kommunName,
      lan: card.lanName,
      status: d.status,
      status_datum: line.date ?? null,
      status_aldre_an_tva_ar: line.stale,
      typ: d.kind,
      verksamheter: card.services,
      planerade_verksamheter: d.services.filter((s) => s.planned).map((s) => s.service),
      samlokalisering: card.colocation,
      oppen_forskola_timmar_per_vecka: d.openPreschool ? hoursPerWeek(d.openPreschool.times) : null,
      samordnare: d.organisation.coordinator,
      styrgrupp: d.organisation.steeringGroup,
      gemensam_planeringstid: d.organisation.sharedPlanningTime,
      handelser: d.events.map((e) => ({ handelse: e.event, datum: e.date === 'okänd' ? null : e.date, kalla: e.source.id })),
      kallor: centreSources(site, c).map((s) => s.id),
      senast_granskad: d.lastReviewed.toISOString().slice(0, 10),
      ansvarig: d.owner,
      sida: new URL(href(routes.centre(c.id)), origin).href,
    };
  });
}

/** Example centres in other län, with the län's name, for the map of Sweden. */
export function exampleLan(site: SiteContent) {
  const centres = site.centres.map((c) => ({ id: c.id, name: c.data.name, lanCode: byId(site.kommuner, c.data.kommun.id).data.lan.id }));
  return lanWithExamples(centres, siteConfig.region.lanCode).map((l) => ({ ...l, lanName: byId(site.lan, l.lanCode).data.name }));
}
