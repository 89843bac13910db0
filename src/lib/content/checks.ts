/**
 * Checks that hold across entries and collections, which a single entry's schema cannot see:
 * references to entries that do not exist, the region's län, a text for every kommun of the
 * region, chapter positions used twice, empty chapters, checklist sections that are not
 * headings, dead links and wrong components (the templates Word cannot show are checked in
 * templates/markdown.ts; load-site.ts runs both), and what cannot be true (impossible.ts: a date
 * in the future where only the past is possible, two entries where there is room for one). Astro only logs a
 * broken reference; these make the build stop, naming file and field. Pure: plain data in.
 */
import { fileOf, type ContentProblem, type EntryOf, type PlainEntry } from './problem';
import { checkComponentUsage, siteComponentRules } from './components';
import { FOLLOW_UP_DIMENSION_IDS } from '../../schemas/follow-up-vocabulary';
import { checkContentLinks, type CheckedBody, type SiteAddresses } from './links';
import { checkMarkdownOnly } from './markdown-only';
import type { BodyHeading } from './mdx-tree';
import { closest } from '../suggest';
import { idExpected, isReferenced } from '../../schemas/ids';

import { findReferences } from './references';
import { checkPastDates, checkSourceDates, checkUnique } from './impossible';

export { findReferences };

export function checkReferences(
  entries: readonly PlainEntry[],
  labels: ReadonlyMap<string, string> = new Map(),
): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const ref of findReferences(entry.data)) {
      const valid = ids.get(ref.collection);
      if (valid?.has(ref.id)) continue;
      const hints = closest(ref.id, valid ?? [], { labels });
      problems.push({
        file: fileOf(entry),
        field: ref.field,
        received: `"${ref.id}", which is not in the collection "${ref.collection}"`,
        expected: `${isReferenced(ref.collection) ? idExpected(ref.collection) : `an id from the collection "${ref.collection}"`}${hints.length ? `, for example ${hints.join(', ')}` : ''}`,
      });
    }
  }
  return problems;
}

/** Each chapter of the vägledning needs its own position, some text, and a role no other chapter has. */
export function checkChapters(
  chapters: readonly EntryOf<{ order: number; role?: string }>[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byOrder = new Map<number, PlainEntry>();
  const byRole = new Map<string, PlainEntry>();
  for (const chapter of chapters) {
    const { order, role } = chapter.data;
    if (role !== undefined) {
      const other = byRole.get(role);
      if (other)
        problems.push({
          file: fileOf(chapter),
          field: 'role',
          received: `"${role}", which ${fileOf(other)} already has`,
          expected: 'a role no other chapter has, or no role',
        });
      else byRole.set(role, chapter);
    }
    const other = byOrder.get(order);
    if (other) {
      problems.push({
        file: fileOf(chapter),
        field: 'order',
        received: `${order}, which ${fileOf(other)} already uses`,
        expected: 'a position no other chapter has',
      });
    } else byOrder.set(order, chapter);
    if (!chapter.body || chapter.body.trim().length < 50) {
      problems.push({
        file: fileOf(chapter),
        field: '(body)',
        received: `${chapter.body?.trim().length ?? 0} characters of text`,
        expected: 'a chapter text of at least 50 characters below the frontmatter',
      });
    }
  }
  return problems;
}

/**
 * Entries that point to a section of a chapter ({ chapter, section }) must name a heading the
 * chapter has, written exactly as in the chapter.
 */
export function checkSections(
  entries: readonly EntryOf<{
    chapter?: { id: string };
    section?: string;
    readMore?: readonly { chapter: { id: string }; section: string }[];
  }>[],
  sections: ReadonlyMap<string, readonly { text: string }[]>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const { data } = entry;
    const places = [
      ...(data.chapter && data.section !== undefined
        ? [{ field: 'section', chapter: data.chapter.id, section: data.section }]
        : []),
      ...(data.readMore ?? []).map((r, i) => ({
        field: `readMore.${i}.section`,
        chapter: r.chapter.id,
        section: r.section,
      })),
    ];
    for (const place of places) {
      const headings = sections.get(place.chapter) ?? [];
      if (headings.some((h) => h.text === place.section)) continue;
      problems.push({
        file: fileOf(entry),
        // Lists keep many items in one file, so the item's id says which one.
        field: `${place.field} (item "${entry.id}")`,
        received: `"${place.section}", which is not a heading in the chapter ${place.chapter}`,
        expected: `one of its headings, written exactly: ${headings.map((h) => `"${h.text}"`).join(', ')}`,
      });
    }
  }
  return problems;
}

/** Each topic of the parents' box has at most one text, so a page never says two things about one service. */
export function checkParentTexts(texts: readonly EntryOf<{ about: string }>[]): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of texts) {
    const { about } = entry.data;
    const other = seen.get(about);
    if (other !== undefined)
      problems.push({
        file: fileOf(entry),
        field: `about (item "${entry.id}")`,
        received: `"${about}", which item "${other}" is already about`,
        expected:
          'one text per service and one about tystnadsplikt: change this item or remove one of the two',
      });
    else seen.set(about, entry.id);
  }
  return problems;
}

/**
 * A word of the search's synonym list stands in one group, once: in two groups, a search for it
 * would join two groups that are not about the same thing. Words are compared in lower case,
 * spaces collapsed ("Veckans  program" is "veckans program").
 */
export function checkSynonyms(
  groups: readonly EntryOf<{ words: readonly string[] }>[],
): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of groups)
    entry.data.words.forEach((word, i) => {
      const key = word.toLowerCase().trim().split(/\s+/).join(' ');
      const other = seen.get(key);
      if (other !== undefined)
        problems.push({
          file: fileOf(entry),
          field: `words[${i}] (item "${entry.id}")`,
          received: `"${word}", which ${other === entry.id ? 'this item has already' : `item "${other}" has already`}`,
          expected: 'each word in one group only: remove it here, or join the two groups into one',
        });
      else seen.set(key, entry.id);
    });
  return problems;
}

/** The region's län must exist in the geodata. */
export function checkRegion(
  lanCode: string,
  lan: ReadonlyMap<string, string>,
  file: string,
): ContentProblem[] {
  if (lan.has(lanCode)) return [];
  return [
    {
      file,
      field: 'lanCode',
      received: `"${lanCode}", which is not a län code`,
      expected: `one of the official län codes: ${[...lan].map(([code, name]) => `"${code}" (${name})`).join(', ')}`,
    },
  ];
}

/** Every kommun of the region needs its text in kommunprofiler/, so its page has something true to say. */
export function checkKommunTexts(
  regionKommuner: readonly { code: string; name: string }[],
  profiles: readonly EntryOf<{ kommun: { id: string } }>[],
  contentFolder: string,
  lanCode: string,
): ContentProblem[] {
  const covered = new Set(profiles.map((p) => p.data.kommun.id));
  return regionKommuner
    .filter((k) => !covered.has(k.code))
    .map((k) => ({
      file: `${contentFolder}/kommunprofiler/`,
      field: '(file)',
      received: `no text for ${k.name} (kommun "${k.code}")`,
      expected: `a file with kommun: "${k.code}" for every kommun in the region; npm run region:new -- --lan ${lanCode} writes one for each kommun that has none`,
    }));
}

/** Where follow-ups point: each centre's kommun, and each kommun's address name. */
export interface FollowUpPlaces {
  centreKommun: ReadonlyMap<string, string>;
  kommunSlugs: ReadonlyMap<string, string>;
}

/**
 * A follow-up file sits in its year's folder and is named after its centre
 * (uppfoljning/2026/ludvika.yaml says year: 2026 and centre: ludvika), or, for a kommun without
 * a centre, after the kommun (uppfoljning/2026/kommun-vansbro.yaml), so there is one per centre or
 * kommun and year; a centre lies in the kommun the file names; and every question of the
 * self-assessment is one of the follow-up's, so a saved file fits.
 */
export function checkFollowUps(
  followUps: readonly EntryOf<{ year: number; kommun: { id: string }; centre?: { id: string } }>[],
  questions: readonly PlainEntry[],
  dimensions: readonly string[],
  places: FollowUpPlaces,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of followUps) {
    const { data } = entry;
    const [folder = '', name] = entry.id.split('/');
    if (name === undefined || !/^\d{4}$/.test(folder)) {
      problems.push({
        file: fileOf(entry),
        field: '(file name)',
        received: `"${entry.id}"`,
        expected:
          'a file in a folder named after the year, named after the centre (uppfoljning/2026/ludvika.yaml) or, without a centre, the kommun (uppfoljning/2026/kommun-vansbro.yaml)',
      });
      continue;
    }
    if (String(data.year) !== folder)
      problems.push({
        file: fileOf(entry),
        field: 'year',
        received: String(data.year),
        expected: `${folder}, the year of the folder the file is in`,
      });
    if (data.centre) {
      if (data.centre.id !== name)
        problems.push({
          file: fileOf(entry),
          field: 'centre',
          received: `"${data.centre.id}"`,
          expected: `"${name}", the centre the file is named after`,
        });
      const kommun = places.centreKommun.get(data.centre.id);
      if (kommun !== undefined && kommun !== data.kommun.id)
        problems.push({
          file: fileOf(entry),
          field: 'kommun',
          received: `"${data.kommun.id}"`,
          expected: `"${kommun}", the kommun of the centre ${data.centre.id}`,
        });
    } else {
      const slug = places.kommunSlugs.get(data.kommun.id);
      if (slug !== undefined && name !== `kommun-${slug}`)
        problems.push({
          file: fileOf(entry),
          field: '(file name)',
          received: `"${name}"`,
          expected: `"kommun-${slug}", the name of a file for a kommun without a centre; or the centre's id in centre:`,
        });
    }
  }
  // A region may ask fewer questions; the saved file then says okänd for the others.
  for (const question of questions.filter((q) => !dimensions.includes(q.id))) {
    problems.push({
      file: fileOf(question),
      field: `id (item "${question.id}")`,
      received: `"${question.id}", which the follow-up does not have`,
      expected: `one of the follow-up's questions (src/schemas/follow-up-vocabulary.ts): ${dimensions.join(', ')}`,
    });
  }
  return problems;
}

export interface SiteForChecks {
  /** Every entry of every collection. */
  entries: readonly PlainEntry[];
  /** The day of the build: no date that only the past can fill may come after it. */
  today: Date;
  /** Kommun code → name, for suggestions. */
  kommunNames: ReadonlyMap<string, string>;
  /** Län code → name. */
  lanNames: ReadonlyMap<string, string>;
  lanCode: string;
  /** The region file and content folder, for messages. */
  regionFile: string;
  contentFolder: string;
  regionKommuner: readonly { code: string; name: string }[];
  kommunprofiler: Parameters<typeof checkKommunTexts>[1];
  chapters: Parameters<typeof checkChapters>[0];
  /** Entries that point to a chapter section: checklist steps, self-assessment questions. */
  sectionEntries: Parameters<typeof checkSections>[0];
  /** Each chapter's headings, read from its parsed text. */
  headings: ReadonlyMap<string, readonly BodyHeading[]>;
  /** Every parsed body. */
  bodies: readonly CheckedBody[];
  addresses: SiteAddresses;
  glossaryIds: readonly string[];
  templateIds: readonly string[];
  followUps: Parameters<typeof checkFollowUps>[0];
  followUpPlaces: FollowUpPlaces;
  questions: readonly PlainEntry[];
  parentTexts: Parameters<typeof checkParentTexts>[0];
  synonyms: Parameters<typeof checkSynonyms>[0];
}

/** Every cross-entry problem in the content, so the editor sees them all in one build. */
export function checkSite(site: SiteForChecks): ContentProblem[] {
  return [
    ...checkRegion(site.lanCode, site.lanNames, site.regionFile),
    ...checkReferences(site.entries, site.kommunNames),
    ...checkKommunTexts(site.regionKommuner, site.kommunprofiler, site.contentFolder, site.lanCode),
    ...checkChapters(site.chapters),
    ...checkSections(site.sectionEntries, site.headings),
    ...checkContentLinks(site.bodies, site.addresses),
    ...checkMarkdownOnly(site.bodies),
    ...checkComponentUsage(site.bodies, siteComponentRules(site.glossaryIds, site.templateIds)),
    ...checkFollowUps(site.followUps, site.questions, FOLLOW_UP_DIMENSION_IDS, site.followUpPlaces),
    ...checkParentTexts(site.parentTexts),
    ...checkSynonyms(site.synonyms),
    ...checkPastDates(site.entries, site.today),
    ...checkSourceDates(site.entries),
    ...checkUnique(site.entries),
  ];
}
