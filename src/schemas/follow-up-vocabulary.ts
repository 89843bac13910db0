/**
 * The follow-up's words: its questions (the self-assessment's, by id) and its answers. Plain
 * TypeScript without zod, so the self-assessment page's script can use it.
 */

/** How a follow-up answers each question of the self-assessment. */
export const FOLLOW_UP_ANSWERS = ['ja', 'delvis', 'nej', 'okänd'] as const;
export type FollowUpAnswer = (typeof FOLLOW_UP_ANSWERS)[number];
export const FOLLOW_UP_ANSWER_LABELS: Record<FollowUpAnswer, string> = {
  ja: 'Ja',
  delvis: 'Delvis',
  nej: 'Nej',
  okänd: 'Inte besvarad',
};

/**
 * The follow-up's questions: the self-assessment's (src/content/self-assessment.yaml), by their
 * ids, each with its short name. The build checks that the self-assessment asks exactly these.
 */
export const FOLLOW_UP_DIMENSIONS = {
  samlokalisering: 'Fullt ut samlokaliserad',
  'gemensamma-grupper': 'Gemensamma grupper',
  samordnare: 'Samordnare',
  styrgrupp: 'Aktiv styrgrupp eller ledningsgrupp',
  planeringstid: 'Gemensam planeringstid',
  'oppen-forskola': 'Öppna förskolans öppettider',
  socialtjanst: 'Socialtjänsten på plats',
  delaktighet: 'Föräldrars delaktighet',
} as const;
export type FollowUpDimension = keyof typeof FOLLOW_UP_DIMENSIONS;
export const FOLLOW_UP_DIMENSION_IDS = Object.keys(FOLLOW_UP_DIMENSIONS) as FollowUpDimension[];

/** Yes, no or not known, for the year's documents. */
export const DOCUMENT_ANSWERS = ['ja', 'nej', 'okänd'] as const;
export type DocumentAnswer = (typeof DOCUMENT_ANSWERS)[number];

/** The year's documents a follow-up asks about, by field name. */
export const FOLLOW_UP_DOCUMENTS = {
  workPlan: 'Verksamhetsplan',
  annualReport: 'Verksamhetsberättelse',
  visitorSurvey: 'Besöksenkät',
} as const;
export type FollowUpDocument = keyof typeof FOLLOW_UP_DOCUMENTS;
export const FOLLOW_UP_DOCUMENT_IDS = Object.keys(FOLLOW_UP_DOCUMENTS) as FollowUpDocument[];
