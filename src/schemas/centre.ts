import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { expected, jaNejOkand, partialDateOrUnknown, reviewFields, sourceList } from './common';

/** Where a centre stands. Closed centres stay in the data so history is not lost. */
export const CENTRE_STATUSES = ['planerad', 'beslutad', 'öppen', 'stängd'] as const;
export type CentreStatus = (typeof CENTRE_STATUSES)[number];

export const CENTRE_KINDS = ['familjecentral', 'familjecentralsliknande', 'okänd'] as const;
export type CentreKind = (typeof CENTRE_KINDS)[number];

/** The four basic services of a family centre. */
export const BASIC_SERVICES = ['mvc', 'bvc', 'oppen-forskola', 'socialtjanst'] as const;
export type BasicService = (typeof BASIC_SERVICES)[number];

/** Dated events in a centre's life; each date may be known to the year only. */
export const CENTRE_EVENTS = ['utredning', 'avsiktsforklaring', 'beslut', 'planerad-oppning', 'oppnad', 'invigd', 'stangd'] as const;

const huvudman = z.enum(['region', 'kommun', 'privat', 'idéburen', 'delat', 'okänd'], { error: expected('one of: region, kommun, privat, idéburen, delat, okänd') });
const colocated = z.enum(['ja', 'delvis', 'nej', 'okänd'], { error: expected('one of: ja, delvis, nej, okänd') });

const serviceSchema = z.object({
  /** Which basic service. */
  service: z.enum(BASIC_SERVICES, { error: expected(`one of: ${BASIC_SERVICES.join(', ')}`) }),
  /** Who runs it. */
  huvudman,
  /** Whether the service's whole ordinary work is in the centre's premises. */
  colocated,
});

const furtherServiceSchema = z.object({
  /** For example "Ungdomsmottagning". */
  name: z.string().min(2),
  huvudman,
  colocated,
});

const eventSchema = z.object({
  event: z.enum(CENTRE_EVENTS, { error: expected(`one of: ${CENTRE_EVENTS.join(', ')}`) }),
  /** As precisely as known, or "okänd" when the sources give no date. */
  date: partialDateOrUnknown,
  /** A short note, for example "enligt kommunens webbplats". */
  note: z.string().optional(),
});

/** Events that cannot have happened while a centre has the given status. */
const IMPOSSIBLE_EVENTS: Record<CentreStatus, readonly string[]> = {
  planerad: ['oppnad', 'invigd', 'stangd', 'beslut'],
  beslutad: ['oppnad', 'invigd', 'stangd'],
  öppen: ['stangd'],
  stängd: [],
};

/** A family centre or centre-like service (src/content/centres/*.mdx). */
export const centreSchema = z
  .object({
    /** The centre's name as its owners use it. When unknown, a description and `nameKnown: false`. */
    name: z.string().min(3),
    /** False when the centre's own name is not known; the page then says so. */
    nameKnown: z.boolean().default(true),
    /**
     * familjecentral: all four basic services co-operate in shared premises (fully or in part).
     * familjecentralsliknande: BVC shares premises with at least one municipal service.
     * okänd: the sources do not say which. Only "familjecentral" counts towards the region's goals.
     */
    kind: z
      .enum(CENTRE_KINDS, { error: expected(`one of: ${CENTRE_KINDS.join(', ')}`) })
      .default('familjecentral'),
    /** The locality, if narrower than the kommun (for example "Fittja"). */
    place: z.string().optional(),
    /** The kommun's official four-digit code, for example "2080" for Falun. */
    kommun: reference('kommuner'),
    status: z.enum(CENTRE_STATUSES, { error: expected(`one of: ${CENTRE_STATUSES.join(', ')}`) }),
    /** Dated events known from the sources, oldest first. */
    events: z.array(eventSchema).default([]),
    /** The basic services present. A service not listed is not there, or not known to be. */
    services: z.array(serviceSchema).default([]),
    /** Further services at the centre, such as an ungdomsmottagning. */
    furtherServices: z.array(furtherServiceSchema).default([]),
    organisation: z
      .object({
        coordinator: jaNejOkand.default('okänd'),
        steeringGroup: jaNejOkand.default('okänd'),
        sharedPlanningTime: jaNejOkand.default('okänd'),
      })
      .default({ coordinator: 'okänd', steeringGroup: 'okänd', sharedPlanningTime: 'okänd' }),
    /** Hours a week the open preschool is open, or "okänd". */
    openPreschoolHoursPerWeek: z
      .union([z.number().positive().max(60), z.literal('okänd')], { error: expected('a number of hours a week (for example 12) or "okänd"') })
      .default('okänd'),
    /** Organisation-level contact only: the organisations that run the centre, never a person. */
    contact: z.object({ organisation: z.string().min(3), url: z.url().optional() }).optional(),
    sources: sourceList,
    ...reviewFields,
  })
  .superRefine((centre, ctx) => {
    const impossible = IMPOSSIBLE_EVENTS[centre.status];
    centre.events.forEach((e, i) => {
      if (impossible.includes(e.event)) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'event'],
          message: `status "${centre.status}" contradicts the event "${e.event}" (${e.date}); expected a status that fits the events, or the event removed`,
        });
      }
    });
    const seen = new Set<string>();
    centre.services.forEach((s, i) => {
      if (seen.has(s.service)) {
        ctx.addIssue({ code: 'custom', path: ['services', i, 'service'], message: `service "${s.service}" is listed twice; expected each service once` });
      }
      seen.add(s.service);
    });
  });

export type Centre = z.infer<typeof centreSchema>;
