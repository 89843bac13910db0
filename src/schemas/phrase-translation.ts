import { z } from 'astro/zod';
import { code, group, list, longText, reviewFields, text } from './common.ts';
import { translationLanguage, translationRecord } from './translation-record.ts';
import { FINGERPRINT_PATTERN } from './translation-vocabulary.ts';

/**
 * The fixed words and sentences of the parents' pages in one language
 * (src/content/oversattningar-fraser/<språk>.yaml): for each of the site's Swedish messages
 * (src/lib/telling/messages.ts), its translation, the fingerprint of the Swedish message it was
 * made from, and the translation's record. A translation of an earlier Swedish message is not
 * used: the page says that message in Swedish and marks it so, and the review lists it. The
 * build checks that every message is translated once, that each id is a message, and that a
 * translation keeps the message's {placeholders}. `npm run translations:export` and `import`
 * carry these units to and from a translator's tool (XLIFF).
 */
export const phraseSchema = group(
  {
    id: text(
      {
        label: 'Meddelande',
        help: 'Id för det svenska meddelandet, som det står i src/lib/telling/messages.ts.',
        example: 'box.title',
        expected: 'the id of one of the site’s Swedish messages, for example "box.title"',
      },
      { min: 3 },
    ),
    text: longText(
      {
        label: 'Översättning',
        help: 'Meddelandet på översättningens språk, med samma {platshållare} som det svenska. Ett svenskt ord som ska stå kvar skrivs [[så här]].',
        example: 'For you as a parent',
        expected:
          'the message in the translation’s language, with the Swedish message’s {placeholders}',
      },
      { min: 1, max: 600 },
    ),
    madeFrom: code(
      {
        label: 'Gjord från (fingeravtryck)',
        help: 'Fingeravtrycket av det svenska meddelandet när översättningen gjordes.',
        example: '3f2a9c01b7de',
        expected: 'twelve hex digits, the fingerprint of the Swedish message',
      },
      FINGERPRINT_PATTERN,
    ),
    ...translationRecord('meningen'),
  },
  {
    label: 'Översatt meddelande',
    help: 'Ett fast ord eller en fast mening och dess översättning.',
  },
);

export const phraseTranslationSchema = z.object({
  lang: translationLanguage('Språket orden är översatta till; filen heter som språket.', 'en'),
  phrases: list(phraseSchema, {
    label: 'Meddelanden',
    help: 'Varje fast ord och mening på sidorna för föräldrar, översatt.',
    example: '- { id: box.title, text: For you as a parent, madeFrom: 3f2a9c01b7de, … }',
    expected: 'a list of translated messages',
  }),
  ...reviewFields(),
});
export type PhraseTranslation = z.infer<typeof phraseTranslationSchema>;
