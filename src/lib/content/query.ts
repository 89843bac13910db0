/**
 * Questions pages ask of the loaded content: an entry by id, a source as the pages cite it, a
 * chapter's section address, the oldest review among entries. The content itself is loaded and
 * checked once by load-site.ts.
 */
import type { ChapterEntry, SiteContent, TemplateEntry } from './site-content';
import { bodyKey } from './bodies';
import type { CheckedBody } from './links';
import { sourceRef, type SourceRef } from '../source-view';
import { routes } from '../paths';
import { indexIsSplit, indexParts, SOURCE_PAGE_SIZE, type IndexPart } from './alphabet';
import type { ChapterRole } from '../../schemas/guidance';

export type * from './site-content';

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

/**
 * Entries looked up by a key in constant time (a page over 1,000 centres looks up each once),
 * failing loudly like byId: the checks ran, so a miss is a programming error.
 */
export function indexBy<T>(entries: readonly T[], key: (entry: T) => string): (value: string) => T {
  const map = new Map(entries.map((e) => [key(e), e]));
  return (value) => {
    const found = map.get(value);
    if (found === undefined) throw new Error(`No entry with "${value}"`);
    return found;
  };
}

/**
 * A pure function of the loaded site, computed once per site and shared after: a page that asks
 * again (each of 1,000 centre pages asks for the region's views) gets the same value. What it
 * returns is shared, so callers read it and never change it.
 */
export function perSite<T>(make: (site: SiteContent) => T): (site: SiteContent) => T {
  const made = new WeakMap<SiteContent, T>();
  return (site) => {
    if (!made.has(site)) made.set(site, make(site));
    return made.get(site) as T;
  };
}

type SourceEntry = SiteContent['sources'][number];

/**
 * The pages of the list of sources: none while every source fits on /kallor/, else a page per
 * letter of the sources' names (content/alphabet.ts), each with the entries it lists.
 */
export const sourceListParts = perSite(
  (site): IndexPart<{ title: string; entry: SourceEntry }>[] =>
    indexIsSplit(site.sources, SOURCE_PAGE_SIZE)
      ? indexParts(
          site.sources.map((entry) => ({ title: sourceRef(entry.id, entry.data).name, entry })),
          SOURCE_PAGE_SIZE,
          routes.sourceLetter,
        )
      : [],
);

const sourceRefs = perSite((site) => {
  const pageOf = new Map(
    sourceListParts(site).flatMap((part) => part.entries.map((e) => [e.entry.id, part.path])),
  );
  return new Map(
    site.sources.map((s) => {
      const path = `${pageOf.get(s.id) ?? routes.sources()}#${s.id}`;
      return [s.id, { ...sourceRef(s.id, s.data), path }] as const;
    }),
  );
});

/** A source as the pages show and attribute it. */
export function source(site: SiteContent, id: string): SourceRef {
  const found = sourceRefs(site).get(id);
  if (!found) throw new Error(`No entry with id "${id}"`);
  return found;
}

/** The cited sources of an entry as plain data for SourceList, each once, in the order given. */
export function citedSources(site: SiteContent, refs: readonly { id: string }[]) {
  return [...new Set(refs.map((r) => r.id))].map((id) => source(site, id));
}

/** The oldest review among entries, for a page built from several of them. */
export function oldestReview(entries: readonly { data: { lastReviewed: Date; owner: string } }[]) {
  const sorted = [...entries].sort(
    (a, b) => a.data.lastReviewed.valueOf() - b.data.lastReviewed.valueOf(),
  );
  return sorted[0]
    ? { lastReviewed: sorted[0].data.lastReviewed, owner: sorted[0].data.owner }
    : undefined;
}
