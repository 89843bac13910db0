/**
 * The only module that reads the content collections (astro:content). It loads every collection
 * once, sorts it, and parses each text once (bodies.ts); the checks across entries run in
 * load-site.ts, which hands the checked content to pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import type { KommunEntry, SiteContent } from './site-content';
import type { ContentProblem, PlainEntry } from './problem';
import { bodyKey, parseBodies } from './bodies';
import { contentDir } from './dir';
import { ENTRY_EXTENSIONS, hasEntryFiles } from './files';
import { EDITOR_COLLECTIONS, type EditorCollectionName } from '../../schemas/index';
import { compareSv } from '../format';
import { headingsOf } from './mdx-tree';

export interface LoadedCollections {
  site: SiteContent;
  /** Every entry of every collection, for the checks across entries. */
  entries: PlainEntry[];
  /** What parsing the texts found wrong. */
  problems: ContentProblem[];
}

type FolderCollection = Exclude<
  EditorCollectionName,
  'startSteps' | 'assessment' | 'parentTexts' | 'synonyms'
>;

/** A collection kept in a folder; one a region does not use yet is empty, without Astro's warning
 * (an empty collection has nothing in Astro's store, and asking for it logs one). */
function inFolder<N extends FolderCollection>(name: N): Promise<CollectionEntry<N>[]> {
  const { path, format } = EDITOR_COLLECTIONS[name];
  const extensions = format === 'yaml' ? ENTRY_EXTENSIONS.yaml : ENTRY_EXTENSIONS.mdx;
  return hasEntryFiles(`${contentDir()}/${path}`, extensions)
    ? getCollection(name)
    : Promise.resolve([]);
}

/** A collection kept in one list file; a region without the file has none. */
function inList<N extends 'parentTexts' | 'synonyms'>(name: N): Promise<CollectionEntry<N>[]> {
  return existsSync(`${contentDir()}/${EDITOR_COLLECTIONS[name].path}`)
    ? getCollection(name)
    : Promise.resolve([]);
}

/** Awaits every promise of an object, keeping its keys (and their order). */
async function allOf<T extends Record<string, Promise<unknown>>>(
  promises: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.all(
    Object.entries(promises).map(async ([key, promise]) => [key, await promise] as const),
  );
  // Object.fromEntries loses the keys' types; each key holds its own promise's value.
  return Object.fromEntries(settled) as { [K in keyof T]: Awaited<T[K]> };
}

/** Every collection, typed and sorted, each text parsed once; not yet checked against each other. */
export async function loadCollections(lanCode: string): Promise<LoadedCollections> {
  // Every collection at once; `all` keeps this order, which the checks report problems in.
  const collections = await allOf({
    lan: getCollection('lan'),
    kommuner: getCollection('kommuner'),
    kommunprofiler: inFolder('kommunprofiler'),
    centres: inFolder('centres'),
    guidance: inFolder('guidance'),
    strategy: inFolder('strategy'),
    goals: inFolder('goals'),
    sources: inFolder('sources'),
    glossary: inFolder('glossary'),
    news: inFolder('news'),
    templates: inFolder('templates'),
    startSteps: getCollection('startSteps'),
    assessment: getCollection('assessment'),
    easyRead: inFolder('easyRead'),
    followUp: inFolder('followUp'),
    parentTexts: inList('parentTexts'),
    synonyms: inList('synonyms'),
    translations: inFolder('translations'),
    parentTextTranslations: inFolder('parentTextTranslations'),
    centreTextTranslations: inFolder('centreTextTranslations'),
    phraseTranslations: inFolder('phraseTranslations'),
  });
  const all: PlainEntry[] = Object.values(collections).flat();
  const c = collections;
  const parsed = parseBodies(all, (path) => readFileSync(path, 'utf8'));
  const bodyOf = (entry: { collection: string; id: string }) => parsed.bodies.get(bodyKey(entry));
  const chapterSections = new Map(
    c.guidance.map((chapter) => {
      const body = bodyOf(chapter);
      return [chapter.id, body ? headingsOf(body.parsed) : []] as const;
    }),
  );

  const byName = (a: KommunEntry, b: KommunEntry) => compareSv(a.data.name, b.data.name);
  const site: SiteContent = {
    ...c,
    lanCode,
    regionKommuner: c.kommuner.filter((k) => k.data.lan.id === lanCode).sort(byName),
    centres: c.centres.sort((a, b) => compareSv(a.data.name, b.data.name)),
    guidance: c.guidance.sort((a, b) => a.data.order - b.data.order),
    goals: c.goals.sort((a, b) => a.data.period.from - b.data.period.from),
    sources: c.sources.sort((a, b) =>
      compareSv(
        a.data.title ?? a.data.description ?? a.id,
        b.data.title ?? b.data.description ?? b.id,
      ),
    ),
    glossary: c.glossary.sort((a, b) => compareSv(a.data.term, b.data.term)),
    news: c.news.sort((a, b) => b.data.date.localeCompare(a.data.date)),
    templates: c.templates.sort((a, b) => a.data.order - b.data.order),
    startSteps: c.startSteps.sort((a, b) => a.data.order - b.data.order),
    assessment: c.assessment.sort((a, b) => a.data.order - b.data.order),
    followUp: c.followUp.sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id)),
    translations: c.translations.sort((a, b) => a.id.localeCompare(b.id)),
    parentTextTranslations: c.parentTextTranslations.sort((a, b) => a.id.localeCompare(b.id)),
    centreTextTranslations: c.centreTextTranslations.sort((a, b) => a.id.localeCompare(b.id)),
    phraseTranslations: c.phraseTranslations.sort((a, b) => a.id.localeCompare(b.id)),
    chapterSections,
    bodies: parsed.bodies,
  };
  return { site, entries: all, problems: parsed.problems };
}
