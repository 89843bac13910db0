/**
 * The only module that reads the content collections. It loads everything once per build,
 * checks what single schemas cannot (see integrity.ts) and hands typed entries to pages.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../site.config';
import { checkChapters, checkReferences, checkSections, ContentError, type PlainEntry } from './integrity';
import { compareSv } from './format';
import { kommunSlug } from './slug';
import { checkContentLinks } from './content-links';
import { checkComponentUsage, siteComponentRules } from './content-components';
import { siteAddresses } from './site-index';
import { colocationOf } from './centre-view';
import { kommunStatus } from './coverage';
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
  const [lan, kommuner, kommunprofiler, centres, guidance, strategy, goals, sources, glossary, news, templates, startSteps, assessment] = await Promise.all([
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
  ]);
  const all: PlainEntry[] = [lan, kommuner, kommunprofiler, centres, guidance, strategy, goals, sources, glossary, news, templates, startSteps, assessment].flat();
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
    sources: sources.sort((a, b) => compareSv(a.data.title, b.data.title)),
    glossary: glossary.sort((a, b) => compareSv(a.data.term, b.data.term)),
    news: news.sort((a, b) => b.data.date.localeCompare(a.data.date)),
    templates: templates.sort((a, b) => a.data.order - b.data.order),
    startSteps: startSteps.sort((a, b) => a.data.order - b.data.order),
    assessment: assessment.sort((a, b) => a.data.order - b.data.order),
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

/** The cited sources of an entry as plain data for SourceList. */
export function citedSources(site: SiteContent, refs: readonly { id: string }[]) {
  return refs.map((ref) => {
    const { data } = byId(site.sources, ref.id);
    return { id: ref.id, title: data.title, publisher: data.publisher, date: data.date, reported: data.reported, url: data.url };
  });
}

/** The oldest review among entries, for a page built from several of them. */
export function oldestReview(entries: readonly { data: { lastReviewed: Date; owner: string } }[]) {
  const sorted = [...entries].sort((a, b) => a.data.lastReviewed.valueOf() - b.data.lastReviewed.valueOf());
  return sorted[0] ? { lastReviewed: sorted[0].data.lastReviewed, owner: sorted[0].data.owner } : undefined;
}

/** A centre as plain card data. */
export function centreCard(site: SiteContent, centre: CentreEntry): import('./centre-view').CentreCardData {
  const kommun = byId(site.kommuner, centre.data.kommun.id);
  const lan = byId(site.lan, kommun.data.lan.id);
  const inRegion = kommun.data.lan.id === siteConfig.region.lanCode;
  return {
    id: centre.id,
    name: centre.data.name,
    nameKnown: centre.data.nameKnown,
    kommunCode: kommun.id,
    kommunName: kommun.data.name,
    lanName: lan.data.name,
    kommunSlug: inRegion ? kommunSlug(kommun) : undefined,
    status: centre.data.status,
    kind: centre.data.kind,
    services: centre.data.services.map((s) => s.service),
    colocation: colocationOf(centre.data.services),
  };
}

/** Centres as the plain facts coverage.ts computes from. */
export function centreFacts(site: SiteContent) {
  return site.centres.map((c) => ({ id: c.id, kommun: c.data.kommun.id, status: c.data.status, kind: c.data.kind, events: c.data.events }));
}

/** Where each of the region's kommuner stands, for the map and the kommun list. */
export function regionKommunStatuses(site: SiteContent) {
  const facts = centreFacts(site);
  return site.regionKommuner.map((k) => ({ code: k.id, name: k.data.name, slug: kommunSlug(k), status: kommunStatus(k.id, facts) }));
}

/** Every centre as an open-data row; the same facts the pages show. */
export function centreRows(site: SiteContent, origin: URL | undefined): import('./open-data').CentreRow[] {
  return site.centres.map((c) => {
    const card = centreCard(site, c);
    const d = c.data;
    return {
      id: c.id,
      namn: d.name,
      namn_kant: d.nameKnown,
      kommunkod: card.kommunCode,
      kommun: card.kommunName,
      lan: card.lanName,
      status: d.status,
      typ: d.kind,
      verksamheter: card.services,
      samlokalisering: card.colocation,
      oppen_forskola_timmar_per_vecka: d.openPreschoolHoursPerWeek === 'okänd' ? null : d.openPreschoolHoursPerWeek,
      samordnare: d.organisation.coordinator,
      styrgrupp: d.organisation.steeringGroup,
      gemensam_planeringstid: d.organisation.sharedPlanningTime,
      handelser: d.events.map((e) => ({ handelse: e.event, datum: e.date === 'okänd' ? null : e.date })),
      kallor: d.sources.map((s) => s.id),
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
