import { z } from 'astro/zod';
import { choice, longText, reviewFields, sourceList, text, url } from './common.ts';
import { BASIC_SERVICES, SERVICE_LABELS } from './centre-vocabulary.ts';

/**
 * What a sentence in the box "För dig som förälder" is about: one of the four basic services (the
 * sentence is shown only on the pages of centres that run it), or the staff's duty of
 * confidentiality and duty to report (shown on every open centre's page).
 */
export const PARENT_TEXT_TOPICS = [...BASIC_SERVICES, 'tystnadsplikt', 'hitta-bvc'] as const;
export type ParentTextTopic = (typeof PARENT_TEXT_TOPICS)[number];
export const PARENT_TEXT_TOPIC_LABELS: Record<ParentTextTopic, string> = {
  ...SERVICE_LABELS,
  tystnadsplikt: 'Tystnadsplikt och anmälningsplikt',
  'hitta-bvc': 'Var man hittar BVC: visas där en familjecentrals eller kommuns eget nummer saknas',
};

/**
 * A sentence the site says to parents in the box at the top of every centre page
 * (src/content/parent-texts.yaml). Text the site writes itself is held to the same rule as content:
 * every claim in it stands in one of its sources, and it says nothing that holds for only one centre.
 */
export const parentTextSchema = z
  .object({
    about: choice(PARENT_TEXT_TOPICS, PARENT_TEXT_TOPIC_LABELS, {
      label: 'Handlar om',
      help: 'Verksamheten texten handlar om; den visas bara hos familjecentraler som har den. Tystnadsplikt visas hos alla öppna familjecentraler.',
      example: 'bvc',
    }),
    text: longText(
      {
        label: 'Text',
        help: 'En eller några korta meningar till föräldrar, med egna ord. Varje påstående ska stå i någon av källorna och gälla alla familjecentraler, inte bara en.',
        example: 'Gå till BVC med ditt barn. Barnhälsovården är gratis och frivillig.',
        expected: 'one or a few short sentences for parents, between 10 and 600 characters',
      },
      { min: 10, max: 600 },
    ),
    link: url({
      label: 'Länk',
      help: 'En sida där föräldern kommer vidare, till exempel var man hittar BVC; visas efter texten.',
      example: 'https://www.1177.se/…',
    }).optional(),
    linkText: text(
      {
        label: 'Länktext',
        help: 'Vad länken säger, så att den går att förstå utan texten runt omkring.',
        example: 'Hitta BVC på 1177',
        expected: 'the link’s own words',
      },
      { min: 3 },
    ).optional(),
    sources: sourceList(),
    ...reviewFields(),
  })
  .refine((t) => !t.link || Boolean(t.linkText), {
    path: ['linkText'],
    error:
      'expected the words of the link, since the text has a link; received nothing (the field is missing)',
  });

export type ParentText = z.infer<typeof parentTextSchema>;
