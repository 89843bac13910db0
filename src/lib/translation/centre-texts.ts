/**
 * A centre's own words in another language: whose number a contact item is and what it is not
 * ("the parish's general number, not the open preschool's own"), which a parent must understand
 * to call the right place. A translation is used only when it was made from the Swedish text as it
 * is now (its fingerprint); one made from an earlier text waits for review, and the page says the
 * Swedish text, marked so. Pure.
 */
import { CENTRE_TEXT_FIELD } from '../../schemas/centre-text-translation.ts';
import type { ContentProblem } from '../content/problem.ts';
import { fingerprint } from './fingerprint.ts';
import { isList, isRecord } from '../typed.ts';
import type { SaidInLanguage } from '../telling/render-contact.ts';

/** What of a centre's file may be translated: its contact items' labels and notes. */
export interface CentreTexts {
  contact?: readonly { label?: string; note?: string }[];
}

/** A translated text: the field it translates, its words and the fingerprint it was made from. */
export interface TranslatedText {
  field: string;
  text: string;
  madeFrom: string;
}

/** A centre's front matter as read from its file (YAML, unchecked), with what may be translated. */
export function centreTextsOf(data: unknown): CentreTexts {
  const contact = isRecord(data) && isList(data.contact) ? data.contact : [];
  const words = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  return {
    contact: contact.map((item) =>
      isRecord(item) ? { label: words(item.label), note: words(item.note) } : {},
    ),
  };
}

/** The centre's texts that may be translated, as they are now, by field ("contact[0].note"). */
export function translatableTexts(data: CentreTexts): Map<string, string> {
  return new Map(
    (data.contact ?? []).flatMap((item, i) =>
      (['label', 'note'] as const).flatMap((part) => {
        const swedish = item[part];
        return swedish ? [[`contact[${i}].${part}`, swedish] as const] : [];
      }),
    ),
  );
}

/** The fingerprint of a centre's Swedish text: a translation made from another is outdated. */
export const centreTextFingerprint = (field: string, swedish: string) =>
  fingerprint(field, swedish);

/** The translations made from the Swedish texts as they are now, by field. */
export function currentTexts<T extends TranslatedText>(
  swedish: ReadonlyMap<string, string>,
  texts: readonly T[],
): Map<string, T> {
  return new Map(
    texts.flatMap((t) => {
      const now = swedish.get(t.field);
      return now !== undefined && centreTextFingerprint(t.field, now) === t.madeFrom
        ? [[t.field, t] as const]
        : [];
    }),
  );
}

/** The translations whose Swedish text has changed since they were made. */
export function outdatedTexts<T extends TranslatedText>(
  swedish: ReadonlyMap<string, string>,
  texts: readonly T[],
): T[] {
  const current = currentTexts(swedish, texts);
  return texts.filter((t) => swedish.has(t.field) && current.get(t.field) !== t);
}

/** Each contact item of the centre, in order, with what the current translations say of it. */
export function contactSaid(
  count: number,
  current: ReadonlyMap<string, { text: string }>,
): SaidInLanguage[] {
  return Array.from({ length: count }, (_, i) => ({
    label: current.get(`contact[${i}].label`)?.text,
    note: current.get(`contact[${i}].note`)?.text,
  }));
}

/**
 * What cannot be true of a file of a centre's translated texts: a file not named after its
 * language and centre, a centre that does not exist, a field the centre does not have (or that is
 * not a text to translate), a field translated twice.
 */
export function centreTextProblems(
  file: { path: string; id: string },
  translation: { lang: string; translates: string; texts: readonly { field: string }[] },
  centres: ReadonlyMap<string, ReadonlyMap<string, string>>,
): ContentProblem[] {
  const named = `${translation.lang}/${translation.translates}`;
  if (file.id !== named)
    return [
      {
        file: file.path,
        field: 'lang and translates',
        received: `"${translation.lang}" and "${translation.translates}" in ${file.id}.yaml`,
        expected: `the file ${named}.yaml, or the language and centre the file is named after`,
      },
    ];
  const texts = centres.get(translation.translates);
  if (!texts)
    return [
      {
        file: file.path,
        field: 'translates',
        received: `"${translation.translates}", which is not a centre`,
        expected: `the id of a centre in src/content/centres/, for example ${[...centres.keys()].slice(0, 3).join(', ')}`,
      },
    ];
  const seen = new Set<string>();
  return translation.texts.flatMap(({ field }, i) => {
    const at = `texts[${i}].field`;
    if (seen.has(field))
      return [
        {
          file: file.path,
          field: at,
          received: `"${field}", which the file translates already`,
          expected: 'each field of the centre translated once',
        },
      ];
    seen.add(field);
    if (CENTRE_TEXT_FIELD.test(field) && texts.has(field)) return [];
    const known = [...texts.keys()];
    return [
      {
        file: file.path,
        field: at,
        received: `"${field}", which ${translation.translates} has no text in`,
        expected:
          known.length > 0
            ? `a field with a text in the centre’s file: ${known.join(', ')}`
            : 'nothing: the centre’s file has no text to translate (no contact item with a label or note)',
      },
    ];
  });
}
