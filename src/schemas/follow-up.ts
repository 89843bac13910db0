import { z } from 'astro/zod';
import { idExpected } from './ids.ts';
import {
  choice,
  fullDate,
  group,
  jaNejOkand,
  kommunRef,
  ref,
  reviewFields,
  text,
  wholeNumber,
} from './common.ts';
import {
  FOLLOW_UP_ANSWER_LABELS,
  FOLLOW_UP_ANSWERS,
  FOLLOW_UP_DIMENSION_IDS,
  FOLLOW_UP_DIMENSIONS,
  type FollowUpDimension,
} from './follow-up-vocabulary.ts';

export * from './follow-up-vocabulary.ts';

const answer = (id: FollowUpDimension) =>
  choice(FOLLOW_UP_ANSWERS, FOLLOW_UP_ANSWER_LABELS, {
    label: FOLLOW_UP_DIMENSIONS[id],
    help: 'Svaret på självskattningens fråga: ja, delvis, nej, eller okänd när frågan inte besvarades.',
    example: 'delvis',
  });

const hours = (label: string, help: string) =>
  wholeNumber(
    { label, help, example: '12', expected: 'a whole number of hours a week, 0 to 80' },
    { min: 0, max: 80 },
  ).optional();

/**
 * One kommun's follow-up for one year: for its centre, a planned centre, or for a kommun that has
 * no centre yet (src/content/uppfoljning/<year>/<centre>.yaml, or …/kommun-<kommun>.yaml without
 * a centre): the self-assessment's answers, hours, and whether the year's documents exist.
 * Written by the self-assessment page's "Spara svaren som fil" and added by the regional coordinator.
 */
export const followUpSchema = z.object({
  kommun: kommunRef({
    label: 'Kommun',
    help: 'Kommunen som svaren gäller, med sin fyrsiffriga kod (i filen inom citattecken).',
    example: '"2039"',
  }),
  centre: ref('centres', {
    label: 'Familjecentral',
    help: 'Familjecentralen, öppen eller planerad, som svaren gäller: samma namn som filen. Tom när kommunen ännu inte har någon familjecentral; filen heter då kommun-<kommunen>.yaml.',
    example: 'ludvika',
    expected: `${idExpected('centres')}, the same as this file’s name`,
  }).optional(),
  year: wholeNumber(
    {
      label: 'År',
      help: 'Året som uppföljningen gäller: samma som mappen.',
      example: '2026',
      expected: 'a year, for example 2026, the same as the folder',
    },
    { min: 2000, max: 2100 },
  ),
  answeredBy: text(
    {
      label: 'Besvarad av',
      help: 'Roll och organisation, aldrig en persons namn.',
      example: 'Samordnare, Familjecentralen VillGott',
      expected: 'the role that answered, for example "Samordnare"',
    },
    { min: 3 },
  ),
  answeredOn: fullDate({ label: 'Besvarad', help: 'Dagen då svaren gavs.', example: '2026-11-20' }),
  answers: group(
    Object.fromEntries(FOLLOW_UP_DIMENSION_IDS.map((id) => [id, answer(id)])) as Record<
      FollowUpDimension,
      ReturnType<typeof answer>
    >,
    { label: 'Svar', help: 'Svaren på självskattningens frågor.' },
  ),
  openPreschoolHours: hours(
    'Öppna förskolan, timmar i veckan',
    'Hur många timmar i veckan öppna förskolan har öppet. Tom om det inte är känt.',
  ),
  socialServicesHours: hours(
    'Socialtjänsten, timmar i veckan',
    'Hur många timmar i veckan socialtjänstens förebyggande verksamhet finns på plats. Tom om det inte är känt.',
  ),
  workPlan: jaNejOkand({
    label: 'Verksamhetsplan',
    help: 'Om familjecentralen har en verksamhetsplan för året.',
    example: 'ja',
  }),
  annualReport: jaNejOkand({
    label: 'Verksamhetsberättelse',
    help: 'Om familjecentralen har skrivit en verksamhetsberättelse för året.',
    example: 'nej',
  }),
  visitorSurvey: jaNejOkand({
    label: 'Besöksenkät',
    help: 'Om familjecentralen har frågat besökarna med en enkät under året.',
    example: 'okänd',
  }),
  ...reviewFields(),
});

export type FollowUp = z.infer<typeof followUpSchema>;
