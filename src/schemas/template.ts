import { z } from 'astro/zod';
import {
  chapterRef,
  list,
  longText,
  reviewFields,
  sourceList,
  text,
  wholeNumber,
} from './common.ts';
import { summaryField } from './guidance.ts';

/**
 * A document template (src/content/templates/*.mdx): a page on the site and a Word document
 * generated from the same text. Places to fill in are written <Fill label="Kommunens namn" />.
 */
export const templateSchema = z.object({
  title: text(
    {
      label: 'Rubrik',
      help: 'Dokumentets rubrik.',
      example: 'Avsiktsförklaring om en familjecentral',
      expected: 'the document title, for example "Avsiktsförklaring"',
    },
    { min: 3 },
  ),
  summary: summaryField(),
  order: wholeNumber(
    {
      label: 'Plats',
      help: 'Mallens plats i listan över mallar.',
      example: '1',
      expected: 'a whole number giving the position in the list of templates',
    },
    { min: 1 },
  ),
  chapter: chapterRef({
    label: 'Kapitel',
    help: 'Kapitlet i vägledningen som förklarar när och hur mallen används.',
    example: 'starta-en-familjecentral',
  }),
  /**
   * A handout's note for staff: what they do with a template that is handed out as it is, such
   * as the visitor survey that parents fill in. Shown on the template's page, never in the
   * document, whose reader gets only the form.
   */
  forStaff: list(
    longText(
      {
        label: 'Punkt till personalen',
        help: 'En sak i taget: varför mallen används, eller vad personalen gör innan, medan och efter den delas ut.',
        example: 'Fyll i texten inom hakparentes innan du skriver ut enkäten.',
        expected: 'one point for staff, a sentence or two',
      },
      { min: 10 },
    ),
    {
      label: 'Till personalen',
      help: 'Bara för en mall som delas ut som den är, till exempel till föräldrar. Punkterna visas på mallens sida, inte i Word-filen: den blir bara det som delas ut, utan ingress och utan raden om mallen.',
      example: '["Fyll i texten inom hakparentes innan du skriver ut enkäten."]',
      expected: 'a list of points for staff, at least one',
    },
    { min: 1 },
  ).optional(),
  sources: sourceList(),
  ...reviewFields(),
});
