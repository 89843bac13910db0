/**
 * What every translation records about itself, whether of a whole text (translation.ts) or of one
 * sentence to parents (parent-text-translation.ts): when it was made, by whom (a role, never a
 * person's name) and whether a qualified translator has checked it.
 */
import { choice, fullDate, text, yesNo } from './common.ts';
import {
  LANGUAGE_LABELS,
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
} from './translation-vocabulary.ts';

/** The language a translation is in, chosen by its name; `help` says where the file lies. */
export const translationLanguage = (help: string, example: TranslationLanguage) =>
  choice(TRANSLATION_LANGUAGES, LANGUAGE_LABELS, { label: 'Språk', help, example });

/** The fields, worded for what is translated: "texten" or "meningen". */
export function translationRecord(swedish: 'texten' | 'meningen', checkedNote = '') {
  return {
    translatedOn: fullDate({
      label: 'Översatt',
      help: `Dagen då översättningen gjordes eller senast gicks igenom mot den svenska ${swedish}.`,
      example: '2026-12-02',
    }),
    translatedBy: text(
      {
        label: 'Översatt av',
        help: 'En roll, till exempel Auktoriserad translator, eller maskinöversättning. Aldrig en persons namn.',
        example: 'maskinöversättning',
        expected: 'a role, or maskinöversättning',
      },
      { min: 3 },
    ),
    checked: yesNo({
      label: 'Granskad av kvalificerad översättare',
      help: `Ja när en kvalificerad översättare har gått igenom ${swedish}.${checkedNote ? ` ${checkedNote}` : ''}`,
      example: 'false',
    }).default(false),
  };
}
