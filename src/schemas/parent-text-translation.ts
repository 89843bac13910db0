import { z } from 'astro/zod';
import { code, longText, reviewFields } from './common.ts';
import { translationLanguage, translationRecord } from './translation-record.ts';
import { FINGERPRINT_PATTERN } from './translation-vocabulary.ts';

/**
 * A translation of one of the site's sentences to parents (parent-texts.yaml), for the centre pages
 * in other languages (src/content/oversattningar-foraldratexter/<språk>/<id>.yaml, the file named
 * as the sentence's id). Like a translated text (translation.ts) it records when, by whom, whether
 * it is checked, and the fingerprint of the Swedish sentence it was made from; a translation of an
 * earlier sentence is not shown (the page falls back on the service's name) until it is gone
 * through, and the review lists it.
 */
export const parentTextTranslationSchema = z.object({
  lang: translationLanguage(
    'Språket meningen är översatt till. Filen ligger i mappen med samma namn.',
    'en',
  ),
  translates: code(
    {
      label: 'Översätter',
      help: 'Id för meningen i Texter till föräldrar (parent-texts.yaml) som översättningen är gjord från.',
      example: 'bvc',
      expected: 'the id of a sentence in parent-texts.yaml, for example "bvc"',
    },
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
  ),
  text: longText(
    {
      label: 'Text',
      help: 'Meningen på översättningens språk. Den säger inte mer än den svenska.',
      example: 'Go to the child health centre (BVC) with your child.',
      expected: 'the sentence in the translation’s language, between 10 and 800 characters',
    },
    { min: 10, max: 800 },
  ),
  madeFrom: code(
    {
      label: 'Gjord från (fingeravtryck)',
      help: 'Fingeravtrycket av den svenska meningen när översättningen gjordes; granskningssidan visar det nya när meningen har ändrats.',
      example: '3f2a9c01b7de',
      expected: 'twelve hex digits, the fingerprint the review page shows for the Swedish sentence',
    },
    FINGERPRINT_PATTERN,
  ),
  ...translationRecord('meningen'),
  ...reviewFields(),
});
