/**
 * The editors' review page (/redaktion/granskning/): entries whose review is due and centres whose
 * status rests on an old or undated source, from the same functions as `npm run check:content`
 * (review.ts, stale-status.ts), each with its owner and where it opens in the editor.
 */
import { indexBy, type SiteContent } from '../content/query';
import { editorCollections, type EditorCollectionName } from '../../schemas/index';
import { reviewDeadline, staleEntries, type ReviewedEntry } from './review';
import { staleStatuses, type StaleStatus } from '../register/stale-status';
import { plainEvents } from '../register/views';
import { routes } from '../paths';
import { contentDir } from '../content/dir';
import { expiredSessions } from '../register/programme';
import { isoDay } from '../format';
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
  statuses: (StaleStatus & { edit: string })[];
  /** Centres whose week has a session past its last day: the centre should update its programme. */
  programmes: { title: string; owner: string; edit: string; sessions: string[] }[];
  /** Translations made from an earlier Swedish text: the new fingerprint to write once the translation is gone through. */
  translations: {
    title: string;
    owner: string;
    edit: string;
    translates: string;
    fingerprint: string;
  }[];
}

/** What the review reads of any entry: every collection's schema has lastReviewed and owner. */
type ReviewedData = { lastReviewed: Date; owner: string };

/** A field of an entry's data named by the editor's configuration (its title field), as it is. */
const fieldOf = (data: object, name: string | undefined): unknown =>
  name !== undefined && name in data ? (data as Record<string, unknown>)[name] : undefined;

/** A collection's entries as the review reads them. */
function entriesOf(
  site: SiteContent,
  name: EditorCollectionName,
): readonly { id: string; filePath?: string; data: ReviewedData }[] {
  return site[name];
}

export function reviewDue(site: SiteContent, today: Date, months = 12): ReviewDue {
  const folder = contentDir().replace(/^\.\//, '');
  const rows: ReviewRow[] = editorCollections().flatMap((c) =>
    entriesOf(site, c.name).map((entry) => {
      const list = c.format === 'list';
      const named =
        fieldOf(entry.data, c.titleField) ??
        (('altTitleField' in c && fieldOf(entry.data, c.altTitleField)) || undefined);
      // A title that is a reference (a follow-up names its centre) reads as the entry's id: 2026/ludvika.
      const title =
        typeof named === 'string' || typeof named === 'number' ? String(named) : entry.id;
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
            sessions: ended.map((s) => `${s.what} (till och med ${s.validTo})`),
          },
        ];
  });
  const fingerprints = swedishFingerprints(site.easyRead);
  const sentences = sentenceFingerprints(site.parentTexts);
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
      translates: t.translates,
      fingerprint: fingerprints.get(t.translates) ?? '',
    })),
    ...outdatedTranslations(
      site.parentTextTranslations.map((t) => ({
        id: t.id,
        translates: t.data.translates,
        madeFrom: t.data.madeFrom,
        owner: t.data.owner,
      })),
      sentences,
    ).map((t) => ({
      title: t.id,
      owner: t.owner,
      edit: routes.editorEntry('parentTextTranslations', t.id),
      translates: `parent-texts.yaml (${t.translates})`,
      fingerprint: sentences.get(t.translates) ?? '',
    })),
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
