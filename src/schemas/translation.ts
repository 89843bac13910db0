import { z } from 'astro/zod';
import { idExpected } from './ids.ts';
import { code, longText, ref, reviewFields, text } from './common.ts';
import { translationLanguage, translationRecord } from './translation-record.ts';
import { FINGERPRINT_PATTERN } from './translation-vocabulary.ts';

/**
 * A translation of an easy-to-read Swedish text (src/content/oversattningar/<språk>/<id>.mdx, the
 * file named as the Swedish text it translates). It says no more than its Swedish text: its
 * sources are the Swedish text's. It records when it was made, by whom (a role, or
 * "maskinöversättning"), whether a qualified translator has checked it, and the fingerprint of the
 * Swedish text it was made from; when the Swedish text changes, the page says so in its own
 * language and the review lists it (src/lib/translation/fingerprint.ts).
 */
export const translationSchema = z.object({
  title: text(
    {
      label: 'Rubrik',
      help: 'Rubriken på översättningens språk.',
      example: 'What is a family centre?',
      expected: 'the title in the translation’s language',
    },
    { min: 3 },
  ),
  summary: longText(
    {
      label: 'Sammanfattning',
      help: 'En mening på översättningens språk; sidans beskrivning.',
      example: 'An easy-to-read text about what a family centre is.',
      expected: 'a summary of 20 to 200 characters',
    },
    { min: 20, max: 200 },
  ),
  lang: translationLanguage(
    'Språket texten är översatt till. Filen ligger i mappen med samma namn.',
    'en',
  ),
  translates: ref('easyRead', {
    label: 'Översätter',
    help: 'Den lättlästa svenska text som översättningen är gjord från.',
    example: 'vad-ar-en-familjecentral',
    expected: idExpected('easyRead'),
  }),
  madeFrom: code(
    {
      label: 'Gjord från (fingeravtryck)',
      help: 'Fingeravtrycket av den svenska texten när översättningen gjordes. Byt det bara när översättningen har gåtts igenom mot den nya svenska texten; granskningssidan visar det nya.',
      example: '3f2a9c01b7de',
      expected: 'twelve hex digits, the fingerprint the review page shows for the Swedish text',
    },
    FINGERPRINT_PATTERN,
  ),
  ...translationRecord(
    'texten',
    'Annars säger sidan, på sitt språk, att den inte är granskad och att den svenska sidan gäller.',
  ),
  ...reviewFields(),
});
