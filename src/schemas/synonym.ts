import { z } from 'astro/zod';
import { list, longText, reviewFields, text } from './common.ts';

/**
 * Words for the same thing, for the search (src/content/synonymer.yaml): a search for one of them
 * also finds the pages that use another ("tystnadsplikt" finds the chapter on sekretess). Read by
 * the search page only; no page shows the list. Each word may be a phrase ("veckans program");
 * a word stands in one group only (the build checks it).
 */
export const synonymSchema = z.object({
  words: list(
    text(
      {
        label: 'Ord',
        help: 'Ett ord eller ett uttryck på några ord, som en besökare skriver det; grundformen räcker, böjda former hittas ändå.',
        example: 'tystnadsplikt',
        expected: 'a word or a few words, for example "tystnadsplikt"',
      },
      { min: 2 },
    ),
    {
      label: 'Ord för samma sak',
      help: 'Två eller flera ord eller uttryck som besökare använder om samma sak. En sökning på ett av dem hittar sidor med vilket som helst av dem.',
      example: '[sekretess, tystnadsplikt]',
      expected: 'a list of at least two words or phrases, for example [sekretess, tystnadsplikt]',
    },
    { min: 2 },
  ),
  note: longText(
    {
      label: 'Varför',
      help: 'Vem som söker med vilket ord, eller vilken sida sökningen ska hitta. Visas inte på webbplatsen.',
      example: 'Personal på BVC skriver tystnadsplikt; vägledningen skriver sekretess.',
      expected: 'a sentence or two on why the words go together',
    },
    { min: 10 },
  ).optional(),
  ...reviewFields(),
});

export type SynonymGroup = z.infer<typeof synonymSchema>;
