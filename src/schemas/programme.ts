import { z } from 'astro/zod';
import { choice, fullDate, group, list, sourceRef, text, time } from './common.ts';
import {
  BASIC_SERVICES,
  EXCEPTION_KINDS,
  EXCEPTION_LABELS,
  SERVICE_LABELS,
  WEEKDAYS,
  WEEKDAY_LABELS,
} from './centre-vocabulary.ts';

export { EXCEPTION_KINDS, EXCEPTION_LABELS, type ExceptionKind } from './centre-vocabulary.ts';

/**
 * A centre's week, kept current by its own staff in the editor (src/content/centres/*.md, field
 * `programme`): recurring sessions (weekday, times, what, for whom, where, valid from and to) and
 * exceptions (a closed day or week, changed hours), each with its source. The centre page shows
 * the week and coming closures, the calendar feeds repeat the sessions with the exceptions, and
 * the hours of the open preschool are computed from it.
 */
const validTimes = (s: { from: string; to: string }) =>
  !/^\d\d:\d\d$/.test(s.from) || !/^\d\d:\d\d$/.test(s.to) || s.from < s.to;
const timesMessage = { path: ['to'], error: 'expected an end time after the start time' };
const validDates = (s: { validFrom?: Date; validTo?: Date }) =>
  !s.validFrom || !s.validTo || s.validFrom <= s.validTo;

export const sessionSchema = group(
  {
    days: list(
      choice(WEEKDAYS, WEEKDAY_LABELS, { label: 'Dag', help: 'Veckodag.', example: 'mån' }),
      {
        label: 'Dagar',
        help: 'Dagarna då passet är.',
        example: '[mån, tis, fre]',
        expected: `a list of days: ${WEEKDAYS.join(', ')}`,
      },
      { min: 1 },
    ),
    from: time({ label: 'Från', help: 'När passet börjar.', example: '"09:00"' }),
    to: time({ label: 'Till', help: 'När det slutar.', example: '"11:30"' }),
    what: text(
      {
        label: 'Vad',
        help: 'Vad som händer, kort: Öppna förskolan, Babycafé, Föräldragrupp.',
        example: 'Öppna förskolan',
        expected: 'what happens, for example "Öppna förskolan"',
      },
      { min: 3 },
    ),
    forWhom: text(
      {
        label: 'För vem',
        help: 'Vilka som är välkomna, när källan säger det.',
        example: 'Barn 0–6 år med en vuxen',
        expected: 'who it is for',
      },
      { min: 3 },
    ).optional(),
    service: choice(BASIC_SERVICES, SERVICE_LABELS, {
      label: 'Verksamhet',
      help: 'Vilken grundverksamhet passet hör till; öppna förskolans timmar i veckan räknas fram ur dess pass.',
      example: 'oppen-forskola',
    }).optional(),
    place: text(
      {
        label: 'Plats',
        help: 'Var passet är, när det inte är i familjecentralen.',
        example: 'Församlingshemmet i centrala Orsa',
        expected: 'a place',
      },
      { min: 3 },
    ).optional(),
    validFrom: fullDate({
      label: 'Gäller från',
      help: 'Första dagen passet gäller, om den är känd.',
      example: '2026-08-17',
    }).optional(),
    validTo: fullDate({
      label: 'Gäller till',
      help: 'Sista dagen passet gäller, om den är känd; granskningssidan säger till när den har passerats.',
      example: '2026-12-18',
    }).optional(),
    source: sourceRef(),
  },
  { label: 'Pass', help: 'Något som återkommer varje vecka, med källa.' },
)
  .refine(validTimes, timesMessage)
  .refine(validDates, {
    path: ['validTo'],
    error: 'expected the last day on or after the first day (validFrom)',
  });

export const exceptionSchema = group(
  {
    date: fullDate({
      label: 'Datum',
      help: 'Dagen det gäller, eller den första dagen.',
      example: '2026-12-24',
    }),
    until: fullDate({
      label: 'Till och med',
      help: 'Den sista dagen, när det gäller flera dagar i följd (till exempel ett jullov).',
      example: '2027-01-06',
    }).optional(),
    kind: choice(EXCEPTION_KINDS, EXCEPTION_LABELS, {
      label: 'Slag',
      help: 'Stängt, eller ändrad tid för passen den dagen.',
      example: 'stängt',
    }),
    from: time({
      label: 'Ny tid från',
      help: 'Vid ändrad tid: när passet börjar i stället.',
      example: '"10:00"',
    }).optional(),
    to: time({
      label: 'Ny tid till',
      help: 'Vid ändrad tid: när det slutar i stället.',
      example: '"12:00"',
    }).optional(),
    what: text(
      {
        label: 'Gäller',
        help: 'Vilket pass det gäller, skrivet som i passet. Tomt betyder alla pass den dagen.',
        example: 'Öppna förskolan',
        expected: 'the "what" of a session',
      },
      { min: 3 },
    ).optional(),
    note: text({
      label: 'Anteckning',
      help: 'Till exempel varför.',
      example: 'Planeringsdag',
      expected: 'a short note',
    }).optional(),
    source: sourceRef(),
  },
  { label: 'Avvikelse', help: 'En dag eller period då passen inte går som vanligt.' },
)
  .refine((e) => !e.until || e.date <= e.until, {
    path: ['until'],
    error: 'expected the last day on or after the first day (date)',
  })
  .refine((e) => e.kind !== 'ändrad-tid' || (e.from !== undefined && e.to !== undefined), {
    path: ['from'],
    error:
      'expected the new start and end times (from, to), since kind is "ändrad-tid"; received none',
  })
  .refine((e) => !e.from || !e.to || e.from < e.to, {
    path: ['to'],
    error: 'expected an end time after the start time',
  });

export const programmeSchema = group(
  {
    sessions: list(
      sessionSchema,
      {
        label: 'Pass',
        help: 'Det som återkommer varje vecka.',
        example:
          '- { days: [mån, tis, fre], from: "09:00", to: "11:30", what: Öppna förskolan, source: orsa-familjens-hus }',
        expected: 'a list of sessions',
      },
      { min: 1 },
    ),
    exceptions: list(exceptionSchema, {
      label: 'Avvikelser',
      help: 'Stängda dagar och ändrade tider, med datum.',
      example: '- { date: 2026-12-24, kind: stängt, source: … }',
      expected: 'a list of exceptions',
    }).default([]),
    note: text({
      label: 'Anteckning',
      help: 'Till exempel var tillfälliga ändringar meddelas.',
      example: 'Tillfälliga ändringar meddelas på öppna förskolans sida',
      expected: 'a short note',
    }).optional(),
  },
  {
    label: 'Veckans program',
    help: 'Pass som återkommer varje vecka och avvikelser från dem, som personalen håller aktuella. Visas på sidan och i kalenderflödet.',
  },
);

export type Programme = z.infer<typeof programmeSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type ProgrammeException = z.infer<typeof exceptionSchema>;
