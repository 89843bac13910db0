import { z } from 'astro/zod';
import {
  choice,
  group,
  jaNejOkand,
  kommunRef,
  list,
  partialDateOrUnknown,
  reviewFields,
  sourceList,
  sourceRef,
  text,
  yesNo,
} from './common.ts';
import { contactList } from './contact.ts';
import { programmeSchema } from './programme.ts';
import {
  BASIC_SERVICES,
  CENTRE_EVENTS,
  CENTRE_KINDS,
  CENTRE_STATUSES,
  EVENT_LABELS,
  HUVUDMAN,
  HUVUDMAN_LABELS,
  KIND_LABELS,
  LOCATION_LABELS,
  SERVICE_LABELS,
  SERVICE_LOCATIONS,
  STATUS_LABELS,
} from './centre-vocabulary.ts';
import { checkEvents } from './centre-events.ts';

export * from './centre-vocabulary.ts';

const huvudman = () =>
  choice(HUVUDMAN, HUVUDMAN_LABELS, {
    label: 'Huvudman',
    help: 'Vem som ansvarar för verksamheten.',
    example: 'region',
  });

/** Where a service is. "annan-plats" needs `place`; `planned: true` marks a service intended, not known to run. */
const whereFields = () => ({
  location: choice(SERVICE_LOCATIONS, LOCATION_LABELS, {
    label: 'Var',
    help: 'I familjecentralens lokaler, på en annan plats (skriv vilken under Plats) eller okänt. Samlokaliseringen räknas fram ur detta.',
    example: 'i-centralen',
  }).default('okänd'),
  place: text(
    {
      label: 'Plats',
      help: 'Var verksamheten finns, när den inte är i familjecentralens lokaler.',
      example: 'Vårdcentralen Orsa',
      expected: 'the name of the place, for example "Vårdcentralen Orsa"',
    },
    { min: 3 },
  ).optional(),
  planned: yesNo({
    label: 'Planerad',
    help: 'Ja för en verksamhet som parterna vill ha men som inte är känd att finnas än.',
    example: 'true',
  }).default(false),
  runBy: text(
    {
      label: 'Drivs av',
      help: 'Vem som driver verksamheten när det inte framgår av huvudmannen.',
      example: 'Orsa församling',
      expected: 'the organisation that runs it',
    },
    { min: 3 },
  ).optional(),
});

const needsPlace = (s: { location: string; place?: string }) =>
  s.location !== 'annan-plats' || Boolean(s.place);
const placeMessage = {
  path: ['place'],
  error:
    'expected the name of the place where the service is, since location is "annan-plats"; received nothing (the field is missing)',
};

const serviceSchema = group(
  {
    service: choice(BASIC_SERVICES, SERVICE_LABELS, {
      label: 'Verksamhet',
      help: 'Vilken av de fyra grundverksamheterna.',
      example: 'bvc',
    }),
    huvudman: huvudman(),
    ...whereFields(),
  },
  { label: 'Grundverksamhet', help: 'En grundverksamhet, vem som ansvarar och var den finns.' },
).refine(needsPlace, placeMessage);

const furtherServiceSchema = group(
  {
    name: text(
      {
        label: 'Namn',
        help: 'Verksamhetens namn.',
        example: 'Ungdomsmottagning',
        expected: 'the name of the service, for example "Ungdomsmottagning"',
      },
      { min: 2 },
    ),
    huvudman: huvudman(),
    ...whereFields(),
  },
  {
    label: 'Fler verksamheter',
    help: 'En verksamhet utöver de fyra, till exempel en ungdomsmottagning.',
  },
).refine(needsPlace, placeMessage);

const note = (help: string, example: string) =>
  text({ label: 'Anteckning', help, example, expected: 'a short note' }).optional();

const eventSchema = group(
  {
    event: choice(CENTRE_EVENTS, EVENT_LABELS, {
      label: 'Händelse',
      help: 'Vad som hände. Planerad öppning är en plan, inget steg.',
      example: 'invigd',
    }),
    date: partialDateOrUnknown({
      label: 'Datum',
      help: 'Så noga som källan anger: år, månad eller dag, eller okänd.',
      example: '2023-05',
    }),
    source: sourceRef({
      label: 'Källa',
      help: 'Källan som berättar om händelsen; dess datum visar från när uppgiften är.',
      example: 'borlange-sopranen-2024',
    }),
    note: note(
      'En kort förklaring, till exempel vad källan säger om datumet.',
      'Invigningen annonserades en vecka i förväg',
    ),
  },
  { label: 'Händelse', help: 'En daterad händelse med sin källa.' },
);

/** A fact a parent needs, with the source that gives it (and so its date). */
const placeFact = group(
  {
    place: text(
      {
        label: 'Plats',
        help: 'Gata, byggnad eller plats.',
        example: 'Församlingshemmet i centrala Orsa',
        expected: 'a street, building or place',
      },
      { min: 3 },
    ),
    source: sourceRef(),
    note: note('Till exempel att platsen är planerad.', 'Planerad plats'),
  },
  { label: 'Plats', help: 'Var man går, med källa.' },
);

/** A family centre or centre-like service (src/content/centres/*.md). */
export const centreSchema = z
  .object({
    name: text(
      {
        label: 'Namn',
        help: 'Centralens namn som dess huvudmän använder det, eller en beskrivning när namnet inte är känt.',
        example: 'Familjecentralen Sopranen',
        expected: 'the centre’s name, or a description such as "Familjecentral i Avesta"',
      },
      { min: 3 },
    ),
    // What a centre's coordinator keeps current comes right after the centre's name, so the editor
    // shows the week and the contact details first, without scrolling through the profile.
    programme: programmeSchema.optional(),
    contact: contactList(
      'Hur en förälder når familjecentralen: telefon, e-post, besöksadress, webbplats eller sida på 1177, var och en med källa. Bara organisationers nummer och funktionsadresser, aldrig en persons.',
    ),
    nameKnown: yesNo({
      label: 'Namnet är känt',
      help: 'Nej (false) när ingen källa ger centralens eget namn; sidan säger då det.',
      example: 'true',
    }).default(true),
    /** Only "familjecentral" counts towards the region's goals. */
    kind: choice(CENTRE_KINDS, KIND_LABELS, {
      label: 'Typ',
      help: 'Familjecentral, familjecentralsliknande verksamhet eller okänt. Bara familjecentraler räknas mot målen.',
      example: 'familjecentral',
    }).default('familjecentral'),
    place: text({
      label: 'Ort',
      help: 'Orten, när den är snävare än kommunen.',
      example: 'Fittja',
      expected: 'the locality',
    }).optional(),
    kommun: kommunRef({
      label: 'Kommun',
      help: 'Kommunen, med sin officiella fyrsiffriga kod (i filen inom citattecken).',
      example: '"2081"',
    }),
    status: choice(CENTRE_STATUSES, STATUS_LABELS, {
      label: 'Status',
      help: 'Måste vara den status som den senaste händelsen ger; bygget kontrollerar det.',
      example: 'öppen',
    }),
    events: list(eventSchema, {
      label: 'Händelser',
      help: 'Daterade händelser ur källorna, äldst först, var och en med sin källa.',
      example: '- { event: invigd, date: 2023-05, source: borlange-sopranen-2024 }',
      expected: 'a list of events, each with event, date and source',
    }),
    services: list(serviceSchema, {
      label: 'Grundverksamheter',
      help: 'De grundverksamheter som finns eller planeras. En som inte står med finns inte, eller är inte känd.',
      example: '- { service: bvc, huvudman: region, location: i-centralen }',
      expected: 'a list of services',
    }).default([]),
    furtherServices: list(furtherServiceSchema, {
      label: 'Fler verksamheter',
      help: 'Verksamheter utöver grundverksamheterna.',
      example: '- { name: Ungdomsmottagning, huvudman: delat }',
      expected: 'a list of services',
    }).default([]),
    organisation: group(
      {
        coordinator: jaNejOkand({
          label: 'Samordnare',
          help: 'Om familjecentralen har en samordnare.',
          example: 'ja',
        }).default('okänd'),
        steeringGroup: jaNejOkand({
          label: 'Styrgrupp eller ledningsgrupp',
          help: 'Om det finns en aktiv styrgrupp eller ledningsgrupp.',
          example: 'ja',
        }).default('okänd'),
        sharedPlanningTime: jaNejOkand({
          label: 'Gemensam planeringstid',
          help: 'Om personalen har gemensam planeringstid.',
          example: 'okänd',
        }).default('okänd'),
      },
      {
        label: 'Organisation',
        help: 'Samordnare, styrgrupp och planeringstid, när en källa säger det.',
      },
    ).default({ coordinator: 'okänd', steeringGroup: 'okänd', sharedPlanningTime: 'okänd' }),
    partners: text(
      {
        label: 'Samverkande organisationer',
        help: 'Organisationerna som driver centralen tillsammans, aldrig en person.',
        example: 'Ludvika kommun och Region Dalarna',
        expected: 'the organisations that run the centre',
      },
      { min: 3 },
    ).optional(),
    visit: list(placeFact, {
      label: 'Besöksadress eller plats',
      help: 'Var man går. Två rader när källorna anger olika platser; ingen när ingen källa säger det.',
      example: '- { place: Kyrkskolan, source: dt-villgott-2020 }',
      expected: 'a list of places, each with place and source',
    }).default([]),
    activities: list(
      group(
        {
          text: text(
            {
              label: 'Aktivitet',
              help: 'En grupp eller aktivitet, med egna ord.',
              example: 'Babycafé för barn 0–18 månader',
              expected: 'a short description of the activity',
            },
            { min: 3 },
          ),
          source: sourceRef(),
        },
        { label: 'Aktivitet', help: 'En grupp eller aktivitet med källa.' },
      ),
      {
        label: 'Aktiviteter',
        help: 'Grupper och aktiviteter som en källa nämner.',
        example: '- { text: Babycafé för barn 0–18 månader, source: gagnef-oppna-forskolan }',
        expected: 'a list of activities, each with text and source',
      },
    ).default([]),
    ask: group(
      {
        organisation: text(
          {
            label: 'Organisation',
            help: 'En förvaltning eller enhet, aldrig en person.',
            example: 'Social- och utbildningsförvaltningen, Ludvika kommun',
            expected: 'an organisation or unit',
          },
          { min: 3 },
        ),
        source: sourceRef(),
      },
      {
        label: 'Vem man kan fråga',
        help: 'Den organisation eller enhet en förälder kan fråga, enligt en källa.',
      },
    ).optional(),
    moreInfo: sourceRef({
      label: 'Mer information',
      help: 'Centralens egen sida hos kommunen eller regionen: en källa med adress. Visas som ”Mer information hos …”.',
      example: 'ludvika-villgott',
    }).optional(),
    sources: sourceList(),
    ...reviewFields(),
  })
  .superRefine((centre, ctx) => {
    for (const problem of checkEvents(
      centre.status,
      centre.events.map((e) => ({ ...e, source: e.source.id })),
    )) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
    const seen = new Set<string>();
    centre.services.forEach((s, i) => {
      if (seen.has(s.service)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'service'],
          message: `expected each service once; received "${s.service}" a second time`,
        });
      }
      seen.add(s.service);
    });
  });

export type Centre = z.infer<typeof centreSchema>;
