/**
 * The short box at the top of a centre page, for a parent: what you can do there, where, when
 * and whom to ask, each fact with who says it and when; "uppgift saknas – fråga kommunen" where
 * no source does. Pure: plain data in, plain data out.
 */
import { SERVICE_FOR_PARENTS, WEEKDAY_LABELS, type BasicService, type CentreStatus, type Weekday } from '../schemas/centre-vocabulary';
import { hoursPerWeek, timesByDay, type OpeningTime } from './centre-view';
import { attribution, type SourceRef } from './source-view';

export interface ParentBoxInput {
  status: CentreStatus;
  services: readonly { service: BasicService; planned: boolean }[];
  activities: readonly { text: string; source: SourceRef }[];
  visit: readonly { place: string; note?: string; source: SourceRef }[];
  openPreschool?: { times: readonly (OpeningTime & { note?: string })[]; place?: string; note?: string; source: SourceRef };
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
  what: string[];
  activities: Attributed[];
  where: Attributed[];
  /** True when two sources give different places: the box then says the sources disagree. */
  whereDisputed: boolean;
  /** "Planerad plats" for a centre not open yet. */
  whereLabel: string;
  when?: { days: { day: string; times: string[] }[]; hoursPerWeek: number; place?: string; note?: string; by: string };
  ask: string;
  askBy?: string;
  moreInfo?: { name: string; url: string };
}

export const UNKNOWN_ASK_KOMMUN = 'uppgift saknas – fråga kommunen';

const time = (t: string) => t.replace(':', '.');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function parentBox(input: ParentBoxInput): ParentBox {
  const open = input.status === 'öppen';
  const running = input.services.filter((s) => !s.planned).map((s) => SERVICE_FOR_PARENTS[s.service]);
  const by = (s: SourceRef) => attribution(s);
  const op = input.openPreschool;
  return {
    open,
    notOpen: open
      ? undefined
      : input.status === 'stängd'
        ? 'Familjecentralen är stängd enligt våra källor.'
        : 'Familjecentralen är inte öppen enligt våra källor. Det som står här är planerat.',
    what: open ? running.map(capitalise) : [],
    activities: input.activities.map((a) => ({ text: a.text, by: by(a.source) })),
    where: input.visit.map((v) => ({ text: v.note ? `${v.place} (${v.note.charAt(0).toLowerCase()}${v.note.slice(1)})` : v.place, by: by(v.source) })),
    whereDisputed: new Set(input.visit.map((v) => v.source.id)).size > 1,
    whereLabel: open ? 'Var' : 'Planerad plats',
    when: op && {
      days: timesByDay(op.times).map(({ day, times }) => ({
        day: capitalise(WEEKDAY_LABELS[day as Weekday]),
        times: times.map((t) => `${time(t.from)}–${time(t.to)}${t.note ? ` (${t.note})` : ''}`),
      })),
      hoursPerWeek: hoursPerWeek(op.times),
      place: op.place,
      note: op.note,
      by: by(op.source),
    },
    ask: input.ask?.organisation ?? input.partners ?? UNKNOWN_ASK_KOMMUN,
    askBy: input.ask ? by(input.ask.source) : undefined,
    moreInfo: input.moreInfo?.url ? { name: input.moreInfo.publisher, url: input.moreInfo.url } : undefined,
  };
}
