import { z } from 'astro/zod';
import { choice, group, list, sourceRef, text } from './common.ts';

/**
 * How a parent reaches a centre or a kommun: a phone number, a functional e-mail address, a
 * visiting address, a web page or a page on 1177. Each item has its own source, and so its date.
 * Only organisations' numbers and functional addresses: a mobile number or an address shaped
 * like a person's name stops the build.
 */
export const CONTACT_KINDS = ['telefon', 'e-post', 'besoksadress', 'webbplats', '1177'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  telefon: 'Telefon',
  'e-post': 'E-post',
  besoksadress: 'Besöksadress',
  webbplats: 'Webbplats',
  '1177': 'Sida på 1177',
};

/** A Swedish organisation number: 0 then area code and number, with spaces or a dash; not a mobile (07…). */
const PHONE = /^0[1-689]\d{0,3}[- ]?\d[\d ]{3,10}\d$/;
/** A functional address: no dot before the @, since "förnamn.efternamn@" is how a person's address looks. */
export const FUNCTIONAL_EMAIL = /^[a-z0-9_%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/i;
const WEB = /^https:\/\/\S+$/;

const EXPECTED: Record<ContactKind, string> = {
  telefon:
    'an organisation’s phone number such as "0226-64 50 00" (a switchboard or a unit; never a mobile number of a person)',
  'e-post':
    'a functional address such as "kommun@borlange.se" (an address with a dot before @ looks like a person’s name and is not published)',
  besoksadress: 'a street address with its number, such as "Kungsgatan 32, Avesta"',
  webbplats: 'a full address starting with https://',
  '1177': 'a full address on 1177.se starting with https://',
};

const VALID: Record<ContactKind, (value: string) => boolean> = {
  telefon: (v) => PHONE.test(v),
  'e-post': (v) => FUNCTIONAL_EMAIL.test(v),
  besoksadress: (v) => /\p{L}{2,}.*\d/u.test(v),
  webbplats: (v) => WEB.test(v),
  '1177': (v) => /^https:\/\/(www\.)?1177\.se\//.test(v),
};

export const contactItemSchema = group(
  {
    kind: choice(CONTACT_KINDS, CONTACT_KIND_LABELS, {
      label: 'Slag',
      help: 'Telefon, e-post, besöksadress, webbplats eller en sida på 1177.',
      example: 'telefon',
    }),
    value: text(
      {
        label: 'Uppgift',
        help: 'Numret, adressen eller webbadressen, som källan skriver den.',
        example: '0226-64 50 00',
        expected: 'the number, address or web address',
      },
      { min: 3 },
    ),
    label: text(
      {
        label: 'Vad det är',
        help: 'Vem man når: växel, kundtjänst, en förvaltning, BVC. Aldrig en persons namn.',
        example: 'Kommunens servicecenter',
        expected: 'what the number or address reaches, for example "Växel"',
      },
      { min: 2 },
    ).optional(),
    hours: text(
      {
        label: 'Tider',
        help: 'När numret svarar eller adressen har öppet, som källan anger.',
        example: 'Måndag–fredag 08.00–16.30',
        expected: 'opening or telephone hours',
      },
      { min: 3 },
    ).optional(),
    source: sourceRef(),
    note: text({
      label: 'Anteckning',
      help: 'Till exempel att två källor anger olika.',
      example: 'En annan kopia av sidan anger en annan adress',
      expected: 'a short note',
    }).optional(),
  },
  { label: 'Kontaktuppgift', help: 'Ett sätt att nå verksamheten, med källa.' },
).superRefine((item, ctx) => {
  if (!VALID[item.kind](item.value))
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `expected ${EXPECTED[item.kind]}; received "${item.value}"`,
    });
});

export const contactList = (help: string) =>
  list(contactItemSchema, {
    label: 'Kontakt',
    help,
    example:
      '- { kind: telefon, value: 0226-64 50 00, label: Kommunens servicecenter, source: avesta-servicecenter }',
    expected: 'a list of contact items, each with kind, value and source',
  }).default([]);

export type ContactItem = z.infer<typeof contactItemSchema>;
