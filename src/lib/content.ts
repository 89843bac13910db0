/**
 * The only module that reads the content collections. It loads everything once per build,
 * checks what single schemas cannot (see integrity.ts) and hands typed entries to pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../site.config';
import { checkChapters, checkReferences, ContentError, type PlainEntry } from './integrity';
import { compareSv } from './format';
import { slugify } from './slug';

export type CentreEntry = CollectionEntry<'centres'>;
export type ChapterEntry = CollectionEntry<'guidance'>;
export type KommunEntry = CollectionEntry<'kommuner'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type NewsEntry = CollectionEntry<'news'>;
export type GoalEntry = CollectionEntry<'goals'>;
export type StrategyEntry = CollectionEntry<'strategy'>;
export type KommunprofilEntry = CollectionEntry<'kommunprofiler'>;

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
}

let cached: Promise<SiteContent> | undefined;

/** All content, checked. Throws a ContentError naming file and field when anything is broken. */
export function loadSite(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const [lan, kommuner, kommunprofiler, centres, guidance, strategy, goals, sources, glossary, news] = await Promise.all([
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
  ]);
  const all: PlainEntry[] = [lan, kommuner, kommunprofiler, centres, guidance, strategy, goals, sources, glossary, news].flat();
  const kommunLabels = new Map(kommuner.map((k) => [k.id, k.data.name]));
  const problems = [...checkReferences(all, kommunLabels), ...checkChapters(guidance)];
  if (problems.length > 0) throw new ContentError(problems);

  const byName = (a: KommunEntry, b: KommunEntry) => compareSv(a.data.name, b.data.name);
  return {
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
  };
}

/** The address slug of a kommun page: "Malung-Sälen" → "malung-salen". */
export function kommunSlug(kommun: KommunEntry): string {
  return slugify(kommun.data.name);
}

/** Looks up an entry by id, failing loudly: integrity checks ran, so a miss is a programming error. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`No entry with id "${id}"`);
  return found;
}
