/**
 * The short box at the top of a centre page, for a parent: what you can do there, where, when
 * and whom to ask, each fact with who says it and when; "uppgift saknas – fråga kommunen" where
 * no source does. The sentences about each service and about confidentiality are content
 * (parent-texts.yaml) with their own sources: a sentence about a service is shown only where the
 * centre runs it. Pure: plain data in, plain data out.
 */
import {
  SERVICE_LABELS,
  type BasicService,
  type CentreStatus,
} from '../../schemas/centre-vocabulary';
import type { ParentTextTopic } from '../../schemas/parent-text';
import { regularWeek, serviceHoursPerWeek, type SessionFact } from './programme';
import { attribution, attributions, type SourceRef } from '../source-view';

export interface ParentTextInput {
  about: ParentTextTopic;
  text: string;
  sources: readonly SourceRef[];
}

export interface ParentBoxInput {
  status: CentreStatus;
  /** The site's sentences to parents, with their sources (parent-texts.yaml). */
  texts?: readonly ParentTextInput[];
  services: readonly { service: BasicService; planned: boolean }[];
  activities: readonly { text: string; source: SourceRef }[];
  visit: readonly { place: string; note?: string; source: SourceRef }[];
  /** The week's programme: its sessions with their sources, and the day the page is built (YYYY-MM-DD). */
  programme?: {
    sessions: readonly (SessionFact & { source: SourceRef })[];
    note?: string;
    today: string;
  };
  ask?: { organisation: string; source: SourceRef };
  partners?: string;
  moreInfo?: SourceRef;
}

export interface Attributed {
  text: string;
  /** "Borlänge kommun, 13 maj 2024" or "enligt Lokalt i Dalarna, utan datum, läst 23 november 2026". */
  by: string;
}

export interface ParentBox {
  /** False for a centre that is planned, decided or closed: the box then says so first. */
  open: boolean;
  notOpen?: string;
  /** What a parent can do: one sentence per running service, with its sources; the service's name where no sentence is written. */
  what: { text: string; by?: string }[];
  /** What the staff may and must tell, for an open centre, with its sources. */
  confidentiality?: Attributed;
  /** Every source the box's own sentences rest on, for the page's source list. */
  textSources: SourceRef[];
  activities: Attributed[];
  where: Attributed[];
  /** True when two sources give different places: the box then says the sources disagree. */
  whereDisputed: boolean;
  /** "Planerad plats" for a centre not open yet. */
  whereLabel: string;
  /** The regular week from the programme, day by day; the open preschool's hours a week when it has sessions. */
  when?: {
    days: { day: string; times: string[] }[];
    hoursPerWeek: number | null;
    place?: string;
    note?: string;
    by: string;
  };
  ask: string;
  askBy?: string;
  moreInfo?: { name: string; url: string };
}

export const UNKNOWN_ASK_KOMMUN = 'uppgift saknas – fråga kommunen';

const time = (t: string) => t.replace(':', '.');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The site's sentences a centre's box shows: for an open centre, the one about each service it
 * runs and the one about confidentiality; for a centre that is not open, none.
 */
export function shownParentTexts<T extends { about: ParentTextTopic }>(
  status: CentreStatus,
  services: ParentBoxInput['services'],
  texts: readonly T[],
): T[] {
  if (status !== 'öppen') return [];
  const running = new Set<string>(services.filter((s) => !s.planned).map((s) => s.service));
  return texts.filter((t) => t.about === 'tystnadsplikt' || running.has(t.about));
}

export function parentBox(input: ParentBoxInput): ParentBox {
  const open = input.status === 'öppen';
  const texts = input.texts ?? [];
  const by = (s: SourceRef) => attribution(s);
  const said = (t: ParentTextInput) => ({ text: t.text, by: attributions(t.sources) });
  const running = input.services
    .filter((s) => !s.planned)
    .map((s) => {
      const text = texts.find((t) => t.about === s.service);
      return text ? said(text) : { text: SERVICE_LABELS[s.service] };
    });
  const shown = shownParentTexts(input.status, input.services, texts);
  const confidentiality = shown.find((t) => t.about === 'tystnadsplikt');
  const programme = input.programme;
  const week = programme ? regularWeek(programme.sessions, programme.today) : [];
  const current = programme
    ? programme.sessions.filter((s) => !s.validTo || s.validTo >= programme.today)
    : [];
  const places = new Set(current.map((s) => s.place));
  return {
    open,
    notOpen: open
      ? undefined
      : input.status === 'stängd'
        ? 'Familjecentralen är stängd enligt våra källor.'
        : 'Familjecentralen är inte öppen enligt våra källor. Det som står här är planerat.',
    what: open ? running.map((w) => ({ ...w, text: capitalise(w.text) })) : [],
    confidentiality: confidentiality && said(confidentiality),
    textSources: [...new Map(shown.flatMap((t) => t.sources).map((s) => [s.id, s])).values()],
    activities: input.activities.map((a) => ({ text: a.text, by: by(a.source) })),
    where: input.visit.map((v) => ({
      text: v.note ? `${v.place} (${v.note.charAt(0).toLowerCase()}${v.note.slice(1)})` : v.place,
      by: by(v.source),
    })),
    whereDisputed: new Set(input.visit.map((v) => v.source.id)).size > 1,
    whereLabel: open ? 'Var' : 'Planerad plats',
    when:
      programme && week.length > 0
        ? {
            days: week.map((d) => ({
              day: d.label,
              times: d.sessions.map(
                (s) =>
                  `${time(s.from)}–${time(s.to)} ${s.what}${s.forWhom ? ` (${s.forWhom.charAt(0).toLowerCase()}${s.forWhom.slice(1)})` : ''}`,
              ),
            })),
            hoursPerWeek: serviceHoursPerWeek(
              programme.sessions,
              'oppen-forskola',
              programme.today,
            ),
            place: places.size === 1 ? [...places][0] : undefined,
            note: programme.note,
            by: attributions([...new Map(current.map((s) => [s.source.id, s.source])).values()]),
          }
        : undefined,
    ask: input.ask?.organisation ?? input.partners ?? UNKNOWN_ASK_KOMMUN,
    askBy: input.ask ? by(input.ask.source) : undefined,
    moreInfo: input.moreInfo?.url
      ? { name: input.moreInfo.publisher, url: input.moreInfo.url }
      : undefined,
  };
}
