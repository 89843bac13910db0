/**
 * A centre's page for parents in another language: the same facts as the Swedish page's box,
 * contact and week, from the same data and the same functions (programme.ts, contact.ts), with the
 * fixed words from the language's phrase table (languages.ts). Free text from the sources (names,
 * places, activities, notes) is kept in Swedish and returned apart, so the page marks it
 * lang="sv". The page states nothing the Swedish page does not: the sentences written for the
 * Swedish box stay out, and the easy-read translation is linked for what they say. Pure.
 */
import {
  comingExceptions,
  regularWeek,
  serviceHoursPerWeek,
  type ExceptionFact,
  type SessionFact,
} from '../register/programme.ts';
import type { ContactRow } from '../register/contact.ts';
import { isKnown } from '../../schemas/partial-date.ts';
import type { SourceRef } from '../source-view.ts';
import type { BasicService, CentreStatus } from '../../schemas/centre-vocabulary.ts';
import { formatDateIn, LANGUAGES, PHRASES, type TranslationLanguage } from './languages.ts';

export interface TranslatedCentreInput {
  lang: TranslationLanguage;
  status: CentreStatus;
  services: readonly { service: BasicService; planned: boolean }[];
  visit: readonly { place: string; note?: string; source: SourceRef }[];
  sessions: readonly (SessionFact & { source: SourceRef })[];
  exceptions: readonly (ExceptionFact & { source: SourceRef })[];
  ask?: { organisation: string; source: SourceRef };
  partners?: string;
  contact: readonly ContactRow[];
  /** Where the centre's own number is not known: the kommun's phone or web page, as the Swedish page's next step (contact.ts nextStep). */
  next?: ContactRow;
  /** YYYY-MM-DD, the day the page is built. */
  today: string;
  /**
   * The site's sentences to parents translated into the page's language, where a translation made
   * from the sentence as it is now exists: by topic, with the Swedish sentence's sources.
   */
  sentences?: Partial<
    Record<BasicService | 'tystnadsplikt', { text: string; sources: readonly SourceRef[] }>
  >;
}

/** A fact's words in Swedish (as the source writes them) and who says it, in the page's language. */
export interface SwedishFact {
  swedish: string;
  by: string;
}

/** "maj 2024" and "13 maj 2024" in the page's language; a year stays a year. */
function partialDateIn(lang: TranslationLanguage, date: string): string {
  if (date.length === 4) return date;
  const d = new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
  if (date.length === 7)
    return new Intl.DateTimeFormat(LANGUAGES[lang].locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(d);
  return formatDateIn(lang, d);
}

/** Who says it and when, in the page's language: "Orsa kommun, 17 August 2026", "according to Dalarnas Tidningar, January 2020". */
export function attributionIn(lang: TranslationLanguage, source: SourceRef): string {
  const words = PHRASES[lang];
  // In a right-to-left sentence a Swedish name is set apart (Unicode isolates), so its words and
  // the punctuation around it keep their order.
  const name = LANGUAGES[lang].dir === 'rtl' ? `\u2068${source.short}\u2069` : source.short;
  const who = source.reported ? words.according(name) : name;
  const when = isKnown(source.date)
    ? partialDateIn(lang, source.date)
    : source.accessed
      ? words.read(formatDateIn(lang, source.accessed))
      : words.dateMissing;
  return `${who}, ${when}`;
}

/** Several sources behind one sentence, each with its date, in the page's language. */
export function attributionsIn(lang: TranslationLanguage, sources: readonly SourceRef[]): string {
  return sources.map((s) => attributionIn(lang, s)).join('; ');
}

const time = (t: string) => t.replace(':', '.');

export function translatedCentre(input: TranslatedCentreInput) {
  const words = PHRASES[input.lang];
  const by = (s: SourceRef) => attributionIn(input.lang, s);
  const open = input.status === 'öppen';
  const week = regularWeek(input.sessions, input.today);
  const current = input.sessions.filter((s) => !s.validTo || s.validTo >= input.today);
  const sources = (list: readonly { source: SourceRef }[]) =>
    [...new Map(list.map((x) => [x.source.id, x.source])).values()].map(by).join('; ');
  const hours = serviceHoursPerWeek(input.sessions, 'oppen-forskola', input.today);
  const numberIn = (n: number) =>
    new Intl.NumberFormat(LANGUAGES[input.lang].locale, { maximumFractionDigits: 1 }).format(n);
  const contactRow = (r: ContactRow) => ({
    kind: words.contactKinds[r.kind],
    label: r.label,
    value: r.display,
    href: r.href,
    isAddress: r.kind === 'besoksadress',
    by: by(r.source),
  });
  return {
    open,
    notOpen: open ? undefined : input.status === 'stängd' ? words.closed : words.notOpen,
    /** One line per running service: its translated sentence with its sources, or else its name. */
    what: open
      ? input.services
          .filter((s) => !s.planned)
          .map((s) => {
            const sentence = input.sentences?.[s.service];
            return sentence
              ? { text: sentence.text, by: attributionsIn(input.lang, sentence.sources) }
              : { text: words.services[s.service] };
          })
      : [],
    confidentiality:
      open && input.sentences?.tystnadsplikt
        ? {
            text: input.sentences.tystnadsplikt.text,
            by: attributionsIn(input.lang, input.sentences.tystnadsplikt.sources),
          }
        : undefined,
    whereLabel: open ? words.where : words.plannedWhere,
    where: input.visit.map((v): SwedishFact & { note?: string } => ({
      swedish: v.place,
      note: v.note,
      by: by(v.source),
    })),
    when:
      open && week.length > 0
        ? {
            days: week.map((d) => ({
              day: words.weekdays[d.weekday],
              sessions: d.sessions.map((s) => ({
                time: `${time(s.from)}–${time(s.to)}`,
                swedish: [s.what, s.forWhom, s.place].filter(Boolean).join(', '),
                until: s.validTo
                  ? words.until(formatDateIn(input.lang, new Date(`${s.validTo}T00:00:00Z`)))
                  : undefined,
              })),
            })),
            hoursPerWeek: hours === null ? undefined : words.hoursPerWeek(numberIn(hours)),
            by: sources(current),
          }
        : undefined,
    ask: input.ask
      ? { swedish: input.ask.organisation, by: by(input.ask.source) }
      : input.partners
        ? { swedish: input.partners }
        : undefined,
    contact: input.contact.map(contactRow),
    next: input.next
      ? {
          text: input.next.kind === 'telefon' ? words.noOwnNumber : words.noOwnNumberWeb,
          row: contactRow(input.next),
        }
      : undefined,
    exceptions: comingExceptions(input.exceptions, input.today).map((e) => ({
      when: e.until
        ? `${formatDateIn(input.lang, new Date(`${e.date}T00:00:00Z`))} – ${formatDateIn(input.lang, new Date(`${e.until}T00:00:00Z`))}`
        : formatDateIn(input.lang, new Date(`${e.date}T00:00:00Z`)),
      kind: words.exceptionKinds[e.kind],
      time: e.kind === 'ändrad-tid' && e.from && e.to ? `${time(e.from)}–${time(e.to)}` : undefined,
      swedish: [e.what, e.note].filter(Boolean).join('. '),
      by: by(e.source),
    })),
  };
}

export type TranslatedCentre = ReturnType<typeof translatedCentre>;
