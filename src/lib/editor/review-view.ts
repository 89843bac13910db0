/**
 * The editors' review page (/redaktion/granskning/): entries whose review is due and centres whose
 * status rests on an old or undated source, from the same functions as `npm run check:content`
 * (review.ts, stale-status.ts), each with its owner and where it opens in the editor. It speaks in
 * words: entries by their names, sources by who says it and their titles, dates in Swedish
 * (review-words.ts); the file names are for check:content.
 */
import { indexBy, type SiteContent } from '../content/query';
import {
  EDITOR_COLLECTIONS,
  editorCollections,
  type EditorCollection,
  type EditorCollectionName,
} from '../../schemas/index';
import { describeSchema, type FieldDoc } from '../../schemas/describe';
import { sourceRef } from '../source-view';
import { PARENT_TEXT_TOPIC_LABELS } from '../../schemas/parent-text';
import { LANGUAGE_LABELS } from '../../schemas/translation-vocabulary';
import { centreFieldInWords, statusBasis, untilText } from './review-words';
import {
  centreTextFingerprint,
  outdatedTexts,
  translatableTexts,
} from '../translation/centre-texts';
import { reviewDeadline, staleEntries, type ReviewedEntry } from './review';
import { staleStatuses, type StaleStatus } from '../register/stale-status';
import { plainEvents } from '../register/views';
import { routes } from '../paths';
import { contentDir } from '../content/dir';
import { expiredSessions } from '../register/programme';
import { isoDay } from '../format';
import { isOneOf, isRecord } from '../typed';
import {
  outdatedTranslations,
  sentenceFingerprints,
  swedishFingerprints,
} from '../translation/fingerprint';

export interface ReviewRow extends ReviewedEntry {
  collection: string;
  /** The entry in the editor. */
  edit: string;
}

export interface ReviewDue {
  total: number;
  deadline: Date;
  due: ReviewRow[];
  /** `basis`: as of when and by whom, in words: "läget 27 januari 2021 enligt Botkyrka kommun (”…”)". */
  statuses: (StaleStatus & { edit: string; basis: string })[];
  /** Centres whose week has a session past its last day: the centre should update its programme. */
  programmes: { title: string; owner: string; edit: string; sessions: string[] }[];
  /** Translations made from an earlier Swedish text: the new fingerprint to write once the translation is gone through. */
  translations: {
    title: string;
    owner: string;
    edit: string;
    /** The Swedish text it translates, in words: "den lättlästa texten ”Familjecentralen”". */
    translates: string;
    fingerprint: string;
  }[];
}

/** What the review reads of any entry: every collection's schema has lastReviewed and owner. */
type ReviewedData = { lastReviewed: Date; owner: string };

/** A field of an entry's data named by the editor's configuration (its title field), as it is. */
const fieldOf = (data: object, name: string | undefined): unknown =>
  name !== undefined && isRecord(data) ? data[name] : undefined;

/** A collection's entries as the review reads them. */
function entriesOf(
  site: SiteContent,
  name: EditorCollectionName,
): readonly { id: string; filePath?: string; data: ReviewedData }[] {
  return site[name];
}

const COLLECTION_NAMES = editorCollections().map((c) => c.name);

/**
 * An entry's name as an editor knows it: its title field, a choice by its label, a reference by the
 * name of the entry it points to (a follow-up by its centre), with the folder of an entry kept in
 * one ("Familjecentralen VillGott, 2026"); its id only when it has no name at all.
 */
function entryName(site: SiteContent, name: EditorCollectionName, id: string, seen = 0): string {
  const c: EditorCollection = EDITOR_COLLECTIONS[name];
  const entry = entriesOf(site, name).find((e) => e.id === id);
  if (!entry || seen > 2) return id;
  const fields = describeSchema(c.schema);
  const named = (field: string | undefined): string | undefined => {
    const value = fieldOf(entry.data, field);
    const doc: FieldDoc | undefined = fields.find((f) => f.name === field);
    if (value === undefined || value === null || value === '') return undefined;
    const label = doc?.kind === 'choice' && doc.options?.find((o) => o.value === value)?.label;
    if (label) return label;
    if (isRecord(value) && typeof value.id === 'string')
      return isOneOf(COLLECTION_NAMES, value.collection)
        ? entryName(site, value.collection, value.id, seen + 1)
        : value.id;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const title = named(c.titleField) ?? named(c.altTitleField) ?? id;
  const folder = c.entryPath && named(c.entryPath.folder);
  return folder ? `${title}, ${folder}` : title;
}

export function reviewDue(site: SiteContent, today: Date, months = 12): ReviewDue {
  const folder = contentDir().replace(/^\.\//, '');
  const rows: ReviewRow[] = editorCollections().flatMap((c) =>
    entriesOf(site, c.name).map((entry) => {
      const list = c.format === 'list';
      const title = entryName(site, c.name, entry.id);
      return {
        collection: c.label,
        file: list ? `${folder}/${c.path} (${entry.id})` : (entry.filePath ?? entry.id),
        title,
        owner: entry.data.owner,
        lastReviewed: entry.data.lastReviewed,
        edit: routes.editorEntry(c.name, list ? c.name : entry.id),
      };
    }),
  );
  const due = staleEntries(rows, today, months);
  const sourceDate = new Map(site.sources.map((s) => [s.id, s.data.date]));
  const sourceOf = indexBy(site.sources, (s) => s.id);
  const centreOfFile = indexBy(site.centres, (c) => c.filePath ?? c.id);
  const statuses = staleStatuses(
    site.centres.map((c) => ({
      file: c.filePath ?? c.id,
      title: c.data.name,
      owner: c.data.owner,
      status: c.data.status,
      events: plainEvents(c),
    })),
    (id) => sourceDate.get(id) ?? 'okänd',
    today,
  ).map((s) => ({
    ...s,
    edit: routes.editorEntry('centres', centreOfFile(s.file).id),
    basis: statusBasis(s.asOf, sourceRef(s.source, sourceOf(s.source).data)),
  }));
  const day = isoDay(today);
  const programmes = site.centres.flatMap((c) => {
    const sessions = (c.data.programme?.sessions ?? []).map((s) => ({
      ...s,
      validFrom: s.validFrom && isoDay(s.validFrom),
      validTo: s.validTo && isoDay(s.validTo),
    }));
    const ended = expiredSessions(sessions, day);
    return ended.length === 0
      ? []
      : [
          {
            title: c.data.name,
            owner: c.data.owner,
            edit: routes.editorEntry('centres', c.id),
            sessions: ended.map((s) => `${s.what} (${untilText(s.validTo!)})`),
          },
        ];
  });
  const fingerprints = swedishFingerprints(site.easyRead);
  const sentences = sentenceFingerprints(site.parentTexts);
  const sentenceAbout = (id: string) => {
    const sentence = site.parentTexts.find((p) => p.id === id);
    return sentence ? PARENT_TEXT_TOPIC_LABELS[sentence.data.about] : id;
  };
  const translations = [
    ...outdatedTranslations(
      site.translations.map((t) => ({
        id: t.id,
        translates: t.data.translates.id,
        madeFrom: t.data.madeFrom,
        title: t.data.title,
        owner: t.data.owner,
      })),
      fingerprints,
    ).map((t) => ({
      title: t.title,
      owner: t.owner,
      edit: routes.editorEntry('translations', t.id),
      translates: `den lättlästa texten ”${entryName(site, 'easyRead', t.translates)}”`,
      fingerprint: fingerprints.get(t.translates) ?? '',
    })),
    ...outdatedTranslations(
      site.parentTextTranslations.map((t) => ({
        id: t.id,
        lang: t.data.lang,
        translates: t.data.translates,
        madeFrom: t.data.madeFrom,
        owner: t.data.owner,
      })),
      sentences,
    ).map((t) => ({
      title: `${LANGUAGE_LABELS[t.lang]}: ${sentenceAbout(t.translates)}`,
      owner: t.owner,
      edit: routes.editorEntry('parentTextTranslations', t.id),
      translates: `meningen under ”${sentenceAbout(t.translates)}” i Texter till föräldrar`,
      fingerprint: sentences.get(t.translates) ?? '',
    })),
    ...site.centreTextTranslations.flatMap((t) => {
      const centre = site.centres.find((c) => c.id === t.data.translates);
      if (!centre) return [];
      const swedish = translatableTexts(centre.data);
      return outdatedTexts(swedish, t.data.texts).map((text) => ({
        title: `${LANGUAGE_LABELS[t.data.lang]}: ${centre.data.name}, ${centreFieldInWords(text.field)}`,
        owner: t.data.owner,
        edit: routes.editorEntry('centreTextTranslations', t.id),
        translates: `${centreFieldInWords(text.field)} hos ${centre.data.name}`,
        fingerprint: centreTextFingerprint(text.field, swedish.get(text.field) ?? ''),
      }));
    }),
  ];
  return {
    total: rows.length,
    deadline: reviewDeadline(today, months),
    due,
    statuses,
    programmes,
    translations,
  };
}
