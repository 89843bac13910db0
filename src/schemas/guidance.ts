import { z } from 'astro/zod';
import {
  AUDIENCES,
  AUDIENCE_LABELS,
  choice,
  list,
  longText,
  reviewFields,
  sourceList,
  text,
  wholeNumber,
} from './common.ts';

/** A summary shown under a title, in lists and as the meta description. */
export const summaryField = (help = 'Visas under rubriken, i listor och som sidans beskrivning.') =>
  longText(
    {
      label: 'Sammanfattning',
      help,
      example: 'Vad en lokal överenskommelse innehåller och vad Region Dalarna kräver.',
      expected: 'a summary of 20 to 160 characters',
    },
    { min: 20, max: 160 },
  );

/** Chapters some pages point to by their role, not their file name, so another region may name its own. */
export const CHAPTER_ROLES = ['starta', 'personal'] as const;
export type ChapterRole = (typeof CHAPTER_ROLES)[number];
export const CHAPTER_ROLE_LABELS: Record<ChapterRole, string> = {
  starta:
    'Kapitlet om att starta en familjecentral: checklistan och kommunernas steg följer dess rubriker',
  personal: 'Kapitlet som startsidan visar för personal',
};

/** A chapter of the vägledning (src/content/guidance/*.mdx). */
export const guidanceSchema = z.object({
  title: text(
    {
      label: 'Rubrik',
      help: 'Kapitlets rubrik.',
      example: 'Avtal och finansiering',
      expected: 'the chapter title',
    },
    { min: 3 },
  ),
  summary: summaryField(),
  order: wholeNumber(
    {
      label: 'Plats',
      help: 'Kapitlets plats i vägledningen: 1, 2, 3 … var och en en gång.',
      example: '6',
      expected: 'a whole number giving the chapter position',
    },
    { min: 1 },
  ),
  audiences: list(
    choice(AUDIENCES, AUDIENCE_LABELS, {
      label: 'Målgrupp',
      help: 'Vem kapitlet främst är skrivet för.',
      example: 'ny-kommun',
    }),
    {
      label: 'Målgrupper',
      help: 'Vilka kapitlet främst är till för.',
      example: '[ny-kommun, personal]',
      expected: `at least one of: ${AUDIENCES.join(', ')}`,
    },
    { min: 1 },
  ),
  role: choice(CHAPTER_ROLES, CHAPTER_ROLE_LABELS, {
    label: 'Roll',
    help: 'När kapitlet har en särskild roll på webbplatsen; varje roll har högst ett kapitel.',
    example: 'starta',
  }).optional(),
  sources: sourceList(),
  ...reviewFields(),
});
