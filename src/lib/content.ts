/**
 * The only module that reads the content collections. It loads everything once per build,
 * parses each text once (content-bodies.ts), runs every cross-entry check (content-checks.ts)
 * and stops the build with all problems at once, or hands typed, sorted entries to pages.
 * View models for pages are in site-views.ts.
 */
import { translatedSentencesWithoutSentence } from './translation/checks';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChapterEntry, KommunEntry, SiteContent, TemplateEntry } from './site-content';
import { existsSync, readFileSync } from 'node:fs';
import { siteConfig } from '../site.config';
import { checkSite } from './content-checks';
import { ContentError, fileOf, type PlainEntry } from './content-problem';
import { bodyKey, parseBodies } from './content-bodies';
import type { CheckedBody } from './content-links';
import { contentDir } from './content-dir';
import { ENTRY_EXTENSIONS, hasEntryFiles } from './content-files';
import { EDITOR_COLLECTIONS, type EditorCollectionName } from '../schemas/index';
import { compareSv } from './format';
import { headingsOf } from './mdx-tree';
import { siteAddresses } from './site-index';
import { sourceRef, type SourceRef } from './source-view';
import { routes } from './paths';
import { kommunSlug } from './slug';
import type { ChapterRole } from '../schemas/guidance';

export type * from './site-content';

let cached: Promise<SiteContent> | undefined;

/** All content, checked. Throws a ContentError naming file and field when anything is broken. */
export function loadSite(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

type FolderCollection = Exclude<EditorCollectionName, 'startSteps' | 'assessment' | 'parentTexts'>;

/** A collection kept in a folder; one a region does not use yet is empty, without Astro's warning
 * (an empty collection has nothing in Astro's store, and asking for it logs one). */
function inFolder<N extends FolderCollection>(name: N): Promise<CollectionEntry<N>[]> {
  const { path, format } = EDITOR_COLLECTIONS[name];
  const extensions = format === 'yaml' ? ENTRY_EXTENSIONS.yaml : ENTRY_EXTENSIONS.mdx;
  return hasEntryFiles(`${contentDir()}/${path}`, extensions) ? getCollection(name) : Promise.resolve([]);
}

/** A collection kept in one list file; a region without the file has none. */
function inList(name: 'parentTexts'): Promise<CollectionEntry<typeof name>[]> {
  return existsSync(`${contentDir()}/${EDITOR_COLLECTIONS[name].path}`) ? getCollection(name) : Promise.resolve([]);
}

async function load(): Promise<SiteContent> {
  const [lan, kommuner, kommunprofiler, centres, guidance, strategy, goals, sources, glossary, news, templates, startSteps, assessment, easyRead, followUp, parentTexts, translations, parentTextTranslations] = await Promise.all([
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
  const all: PlainEntry[] = [lan, kommuner, kommunprofiler, centres, guidance, strategy, goals, sources, glossary, news, templates, startSteps, assessment, easyRead, followUp, parentTexts, translations, parentTextTranslations].flat();
  const parsed = parseBodies(all, (path) => readFileSync(path, 'utf8'));
  const bodyOf = (entry: { collection: string; id: string }) => parsed.bodies.get(bodyKey(entry));
  const chapterSections = new Map(guidance.map((c) => [c.id, bodyOf(c) ? headingsOf(bodyOf(c)!.parsed) : []] as const));

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
    followUp: followUp.sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id)),
    parentTexts,
    translations: translations.sort((a, b) => a.id.localeCompare(b.id)),
    parentTextTranslations: parentTextTranslations.sort((a, b) => a.id.localeCompare(b.id)),
    chapterSections,
    bodies: parsed.bodies,
  };
  const problems = [
    ...parsed.problems,
    ...translatedSentencesWithoutSentence(parentTextTranslations.map((t) => ({ file: fileOf(t), translates: t.data.translates })), new Set(parentTexts.map((t) => t.id))),
    ...checkSite({
      entries: all,
      kommunNames: new Map(kommuner.map((k) => [k.id, k.data.name])),
      lanNames: new Map(lan.map((l) => [l.id, l.data.name])),
      lanCode: siteConfig.region.lanCode,
      regionFile: `${contentDir().replace(/^\.\//, '')}/region.yaml`,
      contentFolder: contentDir().replace(/^\.\//, ''),
      regionKommuner: site.regionKommuner.map((k) => ({ code: k.id, name: k.data.name })),
      kommunprofiler,
      chapters: guidance,
      sectionEntries: [...startSteps, ...assessment],
      headings: chapterSections,
      bodies: [...parsed.bodies.values()],
      templates: templates.flatMap((t) => bodyOf(t) ?? []),
      addresses: siteAddresses(site),
      glossaryIds: glossary.map((t) => t.id),
      followUps: followUp,
      followUpPlaces: { centreKommun: new Map(centres.map((c) => [c.id, c.data.kommun.id])), kommunSlugs: new Map(kommuner.map((k) => [k.id, kommunSlug(k)])) },
      questions: assessment,
      parentTexts,
    }),
  ];
  if (problems.length > 0) throw new ContentError(problems);
  return site;
}

/** A template's parsed text, for its Word document. */
export function templateBody(site: SiteContent, template: TemplateEntry): CheckedBody {
  const body = site.bodies.get(bodyKey(template));
  if (!body) throw new Error(`No text for template ${template.id}`);
  return body;
}

/** The address of a section of a chapter; checkSections has made sure the heading exists. */
export function sectionPath(site: SiteContent, chapterId: string, section: string): string {
  const slug = site.chapterSections.get(chapterId)?.find((h) => h.text === section)?.slug;
  if (!slug) throw new Error(`No heading "${section}" in chapter ${chapterId}`);
  return `${routes.chapter(chapterId)}#${slug}`;
}

/** The chapter with a role ("starta": the start chapter), when the content has one. */
export function chapterWithRole(site: SiteContent, role: ChapterRole): ChapterEntry | undefined {
  return site.guidance.find((c) => c.data.role === role);
}

/** Looks up an entry by id, failing loudly: the reference checks ran, so a miss is a programming error. */
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

/** The oldest review among entries, for a page built from several of them. */
export function oldestReview(entries: readonly { data: { lastReviewed: Date; owner: string } }[]) {
  const sorted = [...entries].sort((a, b) => a.data.lastReviewed.valueOf() - b.data.lastReviewed.valueOf());
  return sorted[0] ? { lastReviewed: sorted[0].data.lastReviewed, owner: sorted[0].data.owner } : undefined;
}

