/**
 * The self-assessment's form as a follow-up file: what must be filled in, with the message the
 * coordinator sees beside each field, and the file the answers make. Pure, so the rules are
 * unit-tested here; src/scripts/follow-up-form.ts reads the form and shows the messages.
 */
import type { FollowUpFile } from './file';
import {
  DOCUMENT_ANSWERS,
  FOLLOW_UP_ANSWERS,
  FOLLOW_UP_DIMENSION_IDS,
  FOLLOW_UP_DOCUMENT_IDS,
  type DocumentAnswer,
  type FollowUpAnswer,
  type FollowUpDimension,
  type FollowUpDocument,
} from '../../schemas/follow-up-vocabulary';
import { fromKeys, isOneOf } from '../typed';

/** The value of the "Svaren gäller" list that means the kommun has no centre yet. */
export const NO_CENTRE = 'ingen';

/** The form's values as the browser gives them: texts, and a question not answered absent. */
export interface FormValues {
  kommun: string;
  /** A centre's id, NO_CENTRE, or '' when nothing is chosen. */
  centre: string;
  year: string;
  answeredBy: string;
  openPreschoolHours: string;
  socialServicesHours: string;
  /** The chosen answer of each question on the page. */
  answers: Partial<Record<string, string>>;
  documents: Partial<Record<FollowUpDocument, string>>;
}

/** A field to fix, by its name in the form, with the message shown beside it. */
export interface FormProblem {
  name: keyof FormValues;
  message: string;
}

/** Whole hours 0–80, or nothing; a problem names the field otherwise. */
function hours(
  values: FormValues,
  name: 'openPreschoolHours' | 'socialServicesHours',
  label: string,
  problems: FormProblem[],
): number | undefined {
  const value = values[name].trim();
  if (value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 80)
    problems.push({ name, message: `${label}: skriv hela timmar, 0 till 80, eller lämna tomt.` });
  return n;
}

/**
 * The follow-up file the answers make, or what must be filled in first. A question the page does
 * not ask (a region may ask fewer) is saved as "okänd", as is a question left unanswered.
 */
export function followUpFromForm(
  values: FormValues,
  questionIds: readonly string[],
  today: string,
): { file: FollowUpFile } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  if (!values.kommun)
    problems.push({ name: 'kommun', message: 'Välj kommunen som svaren gäller.' });
  if (!values.centre)
    problems.push({
      name: 'centre',
      message:
        'Välj vad svaren gäller: familjecentralen, en planerad familjecentral eller ”Ingen familjecentral ännu”.',
    });
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    problems.push({ name: 'year', message: 'Skriv året som svaren gäller, till exempel 2026.' });
  const by = values.answeredBy.trim();
  if (by.length < 3)
    problems.push({
      name: 'answeredBy',
      message: 'Skriv vem som svarar: en roll och organisation, till exempel Samordnare.',
    });
  const openPreschoolHours = hours(values, 'openPreschoolHours', 'Öppna förskolan', problems);
  const socialServicesHours = hours(values, 'socialServicesHours', 'Socialtjänsten', problems);
  if (problems.length) return { problems };
  const answer = (id: FollowUpDimension): FollowUpAnswer => {
    const given = values.answers[id];
    return questionIds.includes(id) && isOneOf(FOLLOW_UP_ANSWERS, given) ? given : 'okänd';
  };
  const document = (d: FollowUpDocument): DocumentAnswer => {
    const given = values.documents[d];
    return isOneOf(DOCUMENT_ANSWERS, given) ? given : 'okänd';
  };
  return {
    file: {
      kommun: values.kommun,
      ...(values.centre !== NO_CENTRE && { centre: values.centre }),
      year,
      answeredBy: by,
      answeredOn: today,
      answers: fromKeys(FOLLOW_UP_DIMENSION_IDS, answer),
      openPreschoolHours,
      socialServicesHours,
      ...fromKeys(FOLLOW_UP_DOCUMENT_IDS, document),
      lastReviewed: today,
      owner: by,
    },
  };
}
