import { z } from 'astro/zod';
import { expected, jaNejOkand, kommunRef, partialDateOrUnknown, reviewFields, sourceList, sourceRef } from './common';
import { BASIC_SERVICES, CENTRE_EVENTS, CENTRE_KINDS, CENTRE_STATUSES, HUVUDMAN, SERVICE_LOCATIONS, WEEKDAYS } from './centre-vocabulary';
import { checkEvents } from '../lib/centre-status';

export * from './centre-vocabulary';

const oneOf = (values: readonly string[]) => expected(`one of: ${values.join(', ')}`);

/** The source that tells a single fact, by id (file name in src/content/sources/). Its date dates the fact. */
const factSource = sourceRef;

const huvudman = z.enum(HUVUDMAN, { error: oneOf(HUVUDMAN) });

/** Where a service is. "annan-plats" needs `place`; `planned: true` marks a service intended, not known to run. */
const whereFields = {
  /** i-centralen: in the centre's shared premises; annan-plats: elsewhere, named in `place`; okänd: not known. */
  location: z.enum(SERVICE_LOCATIONS, { error: oneOf(SERVICE_LOCATIONS) }).default('okänd'),
  /** The place, when the service is elsewhere (or to name the premises): "Vårdcentralen Orsa". */
  place: z.string().min(3, { error: expected('the name of the place, for example "Vårdcentralen Orsa"') }).optional(),
  /** True for a service the parties intend to have, not known to run yet. */
  planned: z.boolean({ error: expected('true or false') }).default(false),
  /** Who runs it when that is not plain from huvudman, for example "Orsa församling". */
  runBy: z.string().min(3).optional(),
};

const needsPlace = (s: { location: string; place?: string }) => s.location !== 'annan-plats' || Boolean(s.place);
const placeMessage = { path: ['place'], error: 'expected the name of the place where the service is, since location is "annan-plats"; received nothing (the field is missing)' };

const serviceSchema = z
  .object({
    /** Which basic service. */
    service: z.enum(BASIC_SERVICES, { error: oneOf(BASIC_SERVICES) }),
    /** Who is responsible for it. */
    huvudman,
    ...whereFields,
  })
  .refine(needsPlace, placeMessage);

const furtherServiceSchema = z
  .object({
    /** For example "Ungdomsmottagning". */
    name: z.string({ error: expected('the name of the service, for example "Ungdomsmottagning"') }).min(2),
    huvudman,
    ...whereFields,
  })
  .refine(needsPlace, placeMessage);

const eventSchema = z.object({
  event: z.enum(CENTRE_EVENTS, { error: oneOf(CENTRE_EVENTS) }),
  /** As precisely as known, or "okänd" when the sources give no date. */
  date: partialDateOrUnknown,
  /** The source that tells of the event; its date says as of when the fact is known. */
  source: factSource,
  /** A short note, for example "Invigningen annonserades en vecka i förväg". */
  note: z.string().optional(),
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string({ error: expected('a time written HH:MM, for example 09:30') }).regex(TIME, { error: expected('a time written HH:MM, for example 09:30') });

const openingTimeSchema = z
  .object({
    days: z.array(z.enum(WEEKDAYS, { error: oneOf(WEEKDAYS) })).min(1, { error: expected(`at least one day: ${WEEKDAYS.join(', ')}`) }),
    from: time,
    to: time,
    /** What happens then, for example "Babycafé för barn 0–12 månader". */
    note: z.string().optional(),
  })
  .refine((t) => !TIME.test(t.from) || !TIME.test(t.to) || t.from < t.to, { path: ['to'], error: 'expected a closing time after the opening time' });

/** A fact a parent needs, with the source that gives it (and so its date). */
const placeFact = z.object({
  /** The street, building or place: "Församlingshemmet i centrala Orsa". */
  place: z.string({ error: expected('a street, building or place') }).min(3),
  source: factSource,
  note: z.string().optional(),
});

/** A family centre or centre-like service (src/content/centres/*.mdx). */
export const centreSchema = z
  .object({
    /** The centre's name as its owners use it. When unknown, a description and `nameKnown: false`. */
    name: z.string({ error: expected('the centre’s name, or a description such as "Familjecentral i Avesta"') }).min(3),
    /** False when no source gives the centre's own name; the page then says so. */
    nameKnown: z.boolean({ error: expected('true or false') }).default(true),
    /**
     * familjecentral: the four basic services work together as a family centre (co-located to some degree).
     * familjecentralsliknande: BVC shares premises with at least one municipal service.
     * okänd: the sources do not say which. Only "familjecentral" counts towards the region's goals.
     */
    kind: z.enum(CENTRE_KINDS, { error: oneOf(CENTRE_KINDS) }).default('familjecentral'),
    /** The locality, if narrower than the kommun (for example "Fittja"). */
    place: z.string().optional(),
    /** The kommun's official four-digit code, for example "2080" for Falun. */
    kommun: kommunRef,
    /** Must be the status the newest event gives (the build checks it). */
    status: z.enum(CENTRE_STATUSES, { error: oneOf(CENTRE_STATUSES) }),
    /** Dated events known from the sources, oldest first, each with its source. */
    events: z.array(eventSchema, { error: expected('a list of events, each with event, date and source') }),
    /** The basic services present or planned. A service not listed is not there, or not known to be. */
    services: z.array(serviceSchema).default([]),
    /** Further services, such as an ungdomsmottagning. */
    furtherServices: z.array(furtherServiceSchema).default([]),
    organisation: z
      .object({
        coordinator: jaNejOkand.default('okänd'),
        steeringGroup: jaNejOkand.default('okänd'),
        sharedPlanningTime: jaNejOkand.default('okänd'),
      })
      .default({ coordinator: 'okänd', steeringGroup: 'okänd', sharedPlanningTime: 'okänd' }),
    /** The organisations that run the centre together, never a person: "Ludvika kommun och Region Dalarna". */
    partners: z.string().min(3).optional(),
    /** Where to go: a visiting address or place. Two entries when sources disagree; none when no source says. */
    visit: z.array(placeFact).default([]),
    /** The open preschool's regular opening times, as a source gives them. */
    openPreschool: z
      .object({
        times: z.array(openingTimeSchema).min(1, { error: expected('at least one opening time') }),
        /** Where it is open, when not the centre's own premises. */
        place: z.string().optional(),
        source: factSource,
        note: z.string().optional(),
      })
      .optional(),
    /** Groups and activities a source names, for example "Babycafé för barn 0–18 månader". */
    activities: z.array(z.object({ text: z.string().min(3), source: factSource })).default([]),
    /** Whom a parent can ask: an organisation or unit, never a person. */
    ask: z.object({ organisation: z.string().min(3), source: factSource }).optional(),
    /** The centre's own page at the kommun or the region: a source with a url ("Mer information hos …"). */
    moreInfo: factSource.optional(),
    sources: sourceList,
    ...reviewFields,
  })
  .superRefine((centre, ctx) => {
    for (const problem of checkEvents(centre.status, centre.events.map((e) => ({ ...e, source: e.source.id })))) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
    const seen = new Set<string>();
    centre.services.forEach((s, i) => {
      if (seen.has(s.service)) {
        ctx.addIssue({ code: 'custom', path: ['services', i, 'service'], message: `service "${s.service}" is listed twice; expected each service once` });
      }
      seen.add(s.service);
    });
  });

export type Centre = z.infer<typeof centreSchema>;
