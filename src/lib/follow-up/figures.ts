/**
 * The county's follow-up, year by year, computed from the follow-up entries: for the region's
 * open centres, for each question how many answered ja, delvis, nej or did not answer, the year's
 * documents, the hours, and which open centres sent nothing; beside them, the answers for planned
 * centres and for kommuner without a centre, each on its own (they are results, not errors, but
 * not figures of family centres). Pure: plain entries in, plain figures out.
 */
import { compareSv } from '../format';
import {
  FOLLOW_UP_ANSWERS,
  FOLLOW_UP_DIMENSION_IDS,
  FOLLOW_UP_DIMENSIONS,
  FOLLOW_UP_DOCUMENT_IDS,
  FOLLOW_UP_DOCUMENTS,
  type DocumentAnswer,
  type FollowUpAnswer,
  type FollowUpDimension,
  type FollowUpDocument,
} from '../../schemas/follow-up-vocabulary';
import { fromKeys } from '../typed';
import type { KommunStatus } from '../register/coverage';

/**
 * What a follow-up's answers are for: an open centre, a planned one, or a kommun without one; in
 * the codes of a kommun's status (register/coverage.ts), which say the same of a kommun.
 */
export type FollowUpCovers = Exclude<KommunStatus, 'oppen-aldre'>;
export const FOLLOW_UP_COVERS_LABELS: Record<FollowUpCovers, string> = {
  oppen: 'familjecentral',
  planerad: 'planerad familjecentral',
  ingen: 'ingen familjecentral ännu',
};

export interface FollowUpFacts {
  kommun: string;
  kommunName: string;
  /** The centre's id; absent for a kommun without one. */
  centre?: string;
  centreName?: string;
  covers: FollowUpCovers;
  /** What the answers are for, in words: the centre's name, or "Vansbro kommun (ingen familjecentral ännu)". */
  label: string;
  year: number;
  answeredBy: string;
  answers: Record<FollowUpDimension, FollowUpAnswer>;
  openPreschoolHours?: number;
  socialServicesHours?: number;
  documents: Record<FollowUpDocument, DocumentAnswer>;
}

export interface DimensionFigures {
  id: FollowUpDimension;
  name: string;
  counts: Record<FollowUpAnswer, number>;
  /** Share of the year's follow-ups that answered ja, 0–1. */
  shareJa: number;
  /** The region's baseline (the 2019 survey's aggregate, as text), when there is one. */
  baseline?: string;
}

export interface DocumentFigures {
  id: FollowUpDocument;
  name: string;
  counts: Record<DocumentAnswer, number>;
}

export interface YearFigures {
  year: number;
  /** The open centres' follow-ups: what the figures count. */
  followUps: FollowUpFacts[];
  /** Planned centres' and centre-less kommuner's follow-ups, by label. */
  others: FollowUpFacts[];
  /** The region's open centres with no follow-up for the year. */
  missing: { id: string; name: string }[];
  dimensions: DimensionFigures[];
  documents: DocumentFigures[];
  /** The hours reported, and by how many. */
  hours: { openPreschool: number[]; socialServices: number[] };
}

const zero = <K extends string>(keys: readonly K[]) => fromKeys(keys, () => 0);

/** Counts of each answer over the questions, for one follow-up: "2 ja, 1 delvis, 5 nej". */
export function answerCounts(f: Pick<FollowUpFacts, 'answers'>): Record<FollowUpAnswer, number> {
  const counts = zero(FOLLOW_UP_ANSWERS);
  FOLLOW_UP_DIMENSION_IDS.forEach((id) => counts[f.answers[id]]++);
  return counts;
}

/** Every year with follow-ups, newest first. `expected` are the region's open centres. */
export function followUpYears(
  followUps: readonly FollowUpFacts[],
  expected: readonly { id: string; name: string }[],
  baselines: Partial<Record<string, string>> = {},
): YearFigures[] {
  const years = [...new Set(followUps.map((f) => f.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const all = followUps
      .filter((f) => f.year === year)
      .sort((a, b) => compareSv(a.label, b.label));
    const inYear = all.filter((f) => f.covers === 'oppen');
    const sent = new Set(inYear.map((f) => f.centre));
    return {
      year,
      followUps: inYear,
      others: all.filter((f) => f.covers !== 'oppen'),
      missing: expected.filter((c) => !sent.has(c.id)),
      dimensions: FOLLOW_UP_DIMENSION_IDS.map((id) => {
        const counts = zero(FOLLOW_UP_ANSWERS);
        inYear.forEach((f) => counts[f.answers[id]]++);
        return {
          id,
          name: FOLLOW_UP_DIMENSIONS[id],
          counts,
          shareJa: inYear.length ? counts.ja / inYear.length : 0,
          ...(baselines[id] && { baseline: baselines[id] }),
        };
      }),
      documents: FOLLOW_UP_DOCUMENT_IDS.map((id) => {
        const counts = zero(['ja', 'nej', 'okänd'] as const);
        inYear.forEach((f) => counts[f.documents[id]]++);
        return { id, name: FOLLOW_UP_DOCUMENTS[id], counts };
      }),
      hours: {
        openPreschool: inYear.flatMap((f) =>
          f.openPreschoolHours === undefined ? [] : [f.openPreschoolHours],
        ),
        socialServices: inYear.flatMap((f) =>
          f.socialServicesHours === undefined ? [] : [f.socialServicesHours],
        ),
      },
    };
  });
}

/** The middle value, or undefined when there are none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  // The two around the middle: one and the same for an odd count.
  const [low = 0, high = 0] = sorted.slice(sorted.length % 2 ? mid : mid - 1, mid + 1);
  return sorted.length % 2 ? low : (low + high) / 2;
}

/** "3 av 4" — the way the region's 2019 survey counted, so the two can be read side by side. */
export const countOf = (n: number, total: number) => `${n} av ${total}`;

/** A baseline that counts centres ("5 av 8 familjecentraler, …"): how many of how many; else undefined. */
export function baselineCount(text: string): { n: number; total: number } | undefined {
  const m = /^(\d+) av (\d+)\b/.exec(text.trim());
  if (!m) return undefined;
  const [n, total] = [Number(m[1]), Number(m[2])];
  return n <= total && total > 0 ? { n, total } : undefined;
}
