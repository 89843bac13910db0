/** The follow-up as open data: one row per centre and year, and one per year and question. Pure. */
import { toCsv } from '../csv';
import { FOLLOW_UP_COVERS_LABELS, type FollowUpFacts, type YearFigures } from './figures';
import {
  FOLLOW_UP_DIMENSION_IDS,
  FOLLOW_UP_DOCUMENT_IDS,
  type FollowUpDocument,
} from '../../schemas/follow-up-vocabulary';

export type FollowUpRow = Record<string, string | number | null>;

/** The column of a question's answer: "svar_samverkan_mvc" for samverkan-mvc. */
export const answerColumn = (id: string) => `svar_${id.replace(/-/g, '_')}`;

const DOCUMENT_COLUMN: Record<FollowUpDocument, string> = {
  workPlan: 'verksamhetsplan',
  annualReport: 'verksamhetsberattelse',
  visitorSurvey: 'besoksenkat',
};

/** Columns of the per-centre file: those copied from a field say which, so the data page shows its help. */
export const FOLLOW_UP_COLUMNS: Record<string, { field: string } | { doc: string }> = {
  ar: { field: 'year' },
  kommun: { field: 'kommun' },
  kommun_namn: { doc: 'Kommunens namn.' },
  galler: {
    doc: `Vad svaren gäller: ${Object.values(FOLLOW_UP_COVERS_LABELS)
      .map((l) => `”${l}”`)
      .join(', ')}. Bara svaren för öppna familjecentraler räknas i sammanställningen.`,
  },
  familjecentral: { field: 'centre' },
  familjecentral_namn: { doc: 'Familjecentralens namn; tom för en kommun utan familjecentral.' },
  besvarad_av: { field: 'answeredBy' },
  ...Object.fromEntries(
    FOLLOW_UP_DIMENSION_IDS.map((id) => [answerColumn(id), { field: `answers.${id}` }]),
  ),
  oppen_forskola_timmar: { field: 'openPreschoolHours' },
  socialtjanst_timmar: { field: 'socialServicesHours' },
  ...Object.fromEntries(FOLLOW_UP_DOCUMENT_IDS.map((d) => [DOCUMENT_COLUMN[d], { field: d }])),
};

export function followUpRows(followUps: readonly FollowUpFacts[]): FollowUpRow[] {
  return followUps.map((f) => ({
    ar: f.year,
    kommun: f.kommun,
    kommun_namn: f.kommunName,
    galler: FOLLOW_UP_COVERS_LABELS[f.covers],
    familjecentral: f.centre ?? null,
    familjecentral_namn: f.centreName ?? null,
    besvarad_av: f.answeredBy,
    ...Object.fromEntries(FOLLOW_UP_DIMENSION_IDS.map((id) => [answerColumn(id), f.answers[id]])),
    oppen_forskola_timmar: f.openPreschoolHours ?? null,
    socialtjanst_timmar: f.socialServicesHours ?? null,
    ...Object.fromEntries(FOLLOW_UP_DOCUMENT_IDS.map((d) => [DOCUMENT_COLUMN[d], f.documents[d]])),
  }));
}

/** Columns of the summary file, each computed. */
export const SUMMARY_COLUMNS: Record<string, string> = {
  ar: 'Året.',
  fraga: 'Frågans id i självskattningen.',
  fraga_namn: 'Frågans korta namn.',
  inlamnade:
    'Hur många öppna familjecentraler som lämnat in en uppföljning för året (planerade familjecentraler och kommuner utan familjecentral räknas inte här).',
  ja: 'Hur många som svarade ja.',
  delvis: 'Hur många som svarade delvis.',
  nej: 'Hur många som svarade nej.',
  okand: 'Hur många som inte besvarade frågan.',
  andel_ja: 'Andelen som svarade ja, mellan 0 och 1, med två decimaler.',
  jamforelse:
    'Regionens samlade jämförelsesiffra för frågan, ur regionens egen tidigare kartläggning, som text; tom när det inte finns någon. Den gäller alla familjecentraler tillsammans, aldrig en enskild.',
};

export function summaryRows(years: readonly YearFigures[]): FollowUpRow[] {
  return years.flatMap((y) =>
    y.dimensions.map((d) => ({
      ar: y.year,
      fraga: d.id,
      fraga_namn: d.name,
      inlamnade: y.followUps.length,
      ja: d.counts.ja,
      delvis: d.counts.delvis,
      nej: d.counts.nej,
      okand: d.counts.okänd,
      andel_ja: Math.round(d.shareJa * 100) / 100,
      jamforelse: d.baseline ?? null,
    })),
  );
}

export function rowsCsv(rows: readonly FollowUpRow[], columns: readonly string[]): string {
  return toCsv(rows, columns);
}
