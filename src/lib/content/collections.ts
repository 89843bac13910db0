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

type FolderCollection = Exclude<EditorCollectionName, 'startSteps' | 'assessment' | 'parentTexts'>;

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
function inList(name: 'parentTexts'): Promise<CollectionEntry<typeof name>[]> {
  return existsSync(`${contentDir()}/${EDITOR_COLLECTIONS[name].path}`)
    ? getCollection(name)
    : Promise.resolve([]);
}

/** Every collection, typed and sorted, each text parsed once; not yet checked against each other. */
export async function loadCollections(lanCode: string): Promise<LoadedCollections> {
  const [
    lan,
    kommuner,
    kommunprofiler,
    centres,
    guidance,
    strategy,
    goals,
    sources,
    glossary,
    news,
    templates,
    startSteps,
    assessment,
    easyRead,
    followUp,
    parentTexts,
    translations,
    parentTextTranslations,
  ] = await Promise.all([
    getCollection('lan'),
    getCollection('kommuner'),
    inFolder('kommunprofiler'),
    inFolder('centres'),
    inFolder('guidance'),
    inFolder('strategy'),
    inFolder('goals'),
    inFolder('sources'),
    inFolder('glossary'),
    inFolder('news'),
    inFolder('templates'),
    getCollection('startSteps'),
    getCollection('assessment'),
    inFolder('easyRead'),
    inFolder('followUp'),
    inList('parentTexts'),
    inFolder('translations'),
    inFolder('parentTextTranslations'),
  ]);
  const all: PlainEntry[] = [
    lan,
    kommuner,
    kommunprofiler,
    centres,
    guidance,
    strategy,
    goals,
    sources,
    glossary,
    news,
    templates,
    startSteps,
    assessment,
    easyRead,
    followUp,
    parentTexts,
    translations,
    parentTextTranslations,
  ].flat();
  const parsed = parseBodies(all, (path) => readFileSync(path, 'utf8'));
  const bodyOf = (entry: { collection: string; id: string }) => parsed.bodies.get(bodyKey(entry));
  const chapterSections = new Map(
    guidance.map((c) => {
      const body = bodyOf(c);
      return [c.id, body ? headingsOf(body.parsed) : []] as const;
    }),
  );

  const byName = (a: KommunEntry, b: KommunEntry) => compareSv(a.data.name, b.data.name);
  const site: SiteContent = {
    lan,
    kommuner,
    regionKommuner: kommuner.filter((k) => k.data.lan.id === lanCode).sort(byName),
    kommunprofiler,
    centres: centres.sort((a, b) => compareSv(a.data.name, b.data.name)),
    guidance: guidance.sort((a, b) => a.data.order - b.data.order),
    strategy,
    goals: goals.sort((a, b) => a.data.period.from - b.data.period.from),
    sources: sources.sort((a, b) =>
      compareSv(
        a.data.title ?? a.data.description ?? a.id,
        b.data.title ?? b.data.description ?? b.id,
      ),
    ),
    glossary: glossary.sort((a, b) => compareSv(a.data.term, b.data.term)),
    news: news.sort((a, b) => b.data.date.localeCompare(a.data.date)),
    templates: templates.sort((a, b) => a.data.order - b.data.order),
    startSteps: startSteps.sort((a, b) => a.data.order - b.data.order),
    assessment: assessment.sort((a, b) => a.data.order - b.data.order),
    easyRead,
    followUp: followUp.sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id)),
    parentTexts,
    translations: translations.sort((a, b) => a.id.localeCompare(b.id)),
    parentTextTranslations: parentTextTranslations.sort((a, b) => a.id.localeCompare(b.id)),
    chapterSections,
    bodies: parsed.bodies,
  };
  return { site, entries: all, problems: parsed.problems };
}
