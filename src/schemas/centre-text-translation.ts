import { z } from 'astro/zod';
import { code, group, list, longText, reviewFields } from './common.ts';
import { translationLanguage, translationRecord } from './translation-record.ts';
import { FINGERPRINT_PATTERN } from './translation-vocabulary.ts';

/**
 * Where in a centre's file a text may be translated: a contact item's label (whose number it is)
 * and its note (what the number is, and is not). Names, places, activities and hours stay in
 * Swedish on the translated pages, as they say.
 */
export const CENTRE_TEXT_FIELD = /^contact\[(\d+)\]\.(label|note)$/;

/**
 * A centre's own words translated for its pages in another language
 * (src/content/oversattningar-familjecentraler/<språk>/<familjecentral>.yaml, the file named as
 * the centre): each text with the field it translates, the fingerprint of the Swedish text it was
 * made from and its record. A translation of an earlier Swedish text is not used: the page says
 * the Swedish text and marks it so, and the review lists it. The build checks that the centre
 * exists, that it has each field, and that no field is translated twice.
 */
export const centreTextSchema = group(
  {
    field: code(
      {
        label: 'Fält',
        help: 'Var i familjecentralens fil texten står: contact[0].label är den första kontaktuppgiftens beskrivning, contact[0].note dess anteckning.',
        example: 'contact[0].note',
        expected: 'a contact item’s label or note, written contact[0].label or contact[0].note',
      },
      CENTRE_TEXT_FIELD,
    ),
    text: longText(
      {
        label: 'Översättning',
        help: 'Texten på översättningens språk. Den säger inte mer än den svenska.',
        example: 'The parish’s general number, not the open preschool’s own.',
        expected: 'the text in the translation’s language, between 2 and 600 characters',
      },
      { min: 2, max: 600 },
    ),
    madeFrom: code(
      {
        label: 'Gjord från (fingeravtryck)',
        help: 'Fingeravtrycket av den svenska texten när översättningen gjordes; granskningssidan visar det nya när texten har ändrats.',
        example: '3f2a9c01b7de',
        expected: 'twelve hex digits, the fingerprint of the Swedish text',
      },
      FINGERPRINT_PATTERN,
    ),
    ...translationRecord('texten'),
  },
  { label: 'Översatt text', help: 'En text ur familjecentralens fil och dess översättning.' },
);

export const centreTextTranslationSchema = z.object({
  lang: translationLanguage(
    'Språket texterna är översatta till. Filen ligger i mappen med samma namn.',
    'ar',
  ),
  translates: code(
    {
      label: 'Familjecentral',
      help: 'Id för familjecentralen vars texter är översatta: dess filnamn utan .md.',
      example: 'orsa',
      expected: 'the id of a centre, for example "orsa"',
    },
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
  ),
  texts: list(
    centreTextSchema,
    {
      label: 'Texter',
      help: 'Familjecentralens texter på språket, var och en med fältet den översätter.',
      example: '- { field: contact[0].note, text: …, madeFrom: 3f2a9c01b7de, … }',
      expected: 'a list of translated texts',
    },
    { min: 1 },
  ),
  ...reviewFields(),
});
export type CentreTextTranslation = z.infer<typeof centreTextTranslationSchema>;
