/**
 * The editor's preview of a centre: the parts a parent reads first, the box "För dig som
 * förälder" and the week, from the entry as it is being edited. The facts come through the same
 * functions the centre page uses (parent-box.ts, programme.ts, source-view.ts) and the markup has
 * the classes of ParentBox.astro and WeekProgramme.astro, whose styles are global for this reason.
 * Pure: `h` is handed in (the CMS's React createElement in the browser, a stand-in in tests).
 * src/scripts/editor-preview.ts registers it with the CMS.
 */
import {
  parentBox,
  UNKNOWN_ASK_KOMMUN,
  type ParentBox,
  type ParentTextInput,
} from '../register/parent-box';
import {
  comingExceptions,
  isoDate,
  regularWeek,
  type ExceptionFact,
  type SessionFact,
} from '../register/programme';
import {
  attribution,
  attributions,
  sourceRef,
  type SourceData,
  type SourceRef,
} from '../source-view';
import { formatDate, formatNumber } from '../format';
import {
  EXCEPTION_LABELS,
  type BasicService,
  type CentreStatus,
} from '../../schemas/centre-vocabulary';
import type { ParentTextTopic } from '../../schemas/parent-text';

type Child = unknown;
export type H = (
  type: string,
  props?: Record<string, unknown> | null,
  ...children: Child[]
) => unknown;
export interface ImmutableLike {
  toJS?: () => unknown;
  get?: (key: string) => unknown;
}

/** Plain data from the CMS's Immutable maps, or the value itself. */
export const plain = (value: unknown): unknown =>
  value && typeof (value as ImmutableLike).toJS === 'function'
    ? (value as ImmutableLike).toJS!()
    : value;
/** A date field as the CMS holds it (a string, maybe with a time) or as a Date, as YYYY-MM-DD. */
export const day = (value: unknown): string | undefined =>
  value instanceof Date
    ? isoDate(value)
    : typeof value === 'string' && value
      ? value.slice(0, 10)
      : undefined;
const time = (t: string) => t.replace(':', '.');
const dayLabel = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The sources and the parents' sentences, read once from the editor's copy of the content. */
export interface PreviewLookups {
  sources: Map<string, SourceData>;
  texts: { about: ParentTextTopic; text: string; sources: string[] }[];
}

export interface RawCentre {
  status?: CentreStatus;
  services?: { service: BasicService; planned?: boolean }[];
  activities?: { text: string; source: string }[];
  visit?: { place: string; note?: string; source: string }[];
  programme?: {
    sessions?: (Omit<SessionFact, 'validFrom' | 'validTo'> & {
      validFrom?: unknown;
      validTo?: unknown;
      source: string;
    })[];
    exceptions?: (Omit<ExceptionFact, 'date' | 'until'> & {
      date: unknown;
      until?: unknown;
      source: string;
    })[];
    note?: string;
  };
  ask?: { organisation?: string; source?: string };
  partners?: string;
  moreInfo?: string;
}

/** A source by id; one the editor does not know yet (being typed) is named by its id. */
function lookup(lookups: PreviewLookups, id: string): SourceRef {
  const data = lookups.sources.get(id);
  return sourceRef(id, data ?? { publisher: id, date: 'okänd', reported: false });
}

/** The centre page's box and week for the entry being edited, as plain data. */
export function centrePreview(raw: RawCentre, lookups: PreviewLookups, today: string) {
  const ref = (id: string) => lookup(lookups, id);
  const sessions = (raw.programme?.sessions ?? [])
    .filter((s) => s?.from && s?.to && s?.days?.length)
    .map((s) => ({
      ...s,
      validFrom: day(s.validFrom),
      validTo: day(s.validTo),
      source: ref(s.source),
    }));
  const exceptions = (raw.programme?.exceptions ?? []).flatMap((e) => {
    const date = day(e.date);
    return date && e.kind ? [{ ...e, date, until: day(e.until), source: ref(e.source) }] : [];
  });
  const texts: ParentTextInput[] = lookups.texts.map((t) => ({
    about: t.about,
    text: t.text,
    sources: t.sources.map(ref),
  }));
  const box = parentBox({
    // A new entry without a status yet reads as not open: the box then says it is planned.
    status: raw.status ?? 'planerad',
    texts,
    services: (raw.services ?? []).map((s) => ({
      service: s.service,
      planned: Boolean(s.planned),
    })),
    activities: (raw.activities ?? [])
      .filter((a) => a?.text)
      .map((a) => ({ text: a.text, source: ref(a.source) })),
    visit: (raw.visit ?? [])
      .filter((v) => v?.place)
      .map((v) => ({ place: v.place, note: v.note, source: ref(v.source) })),
    programme: sessions.length ? { sessions, note: raw.programme?.note, today } : undefined,
    ask:
      raw.ask?.organisation && raw.ask.source
        ? { organisation: raw.ask.organisation, source: ref(raw.ask.source) }
        : undefined,
    partners: raw.partners,
    moreInfo: raw.moreInfo ? ref(raw.moreInfo) : undefined,
  });
  return {
    box,
    week: sessions.length
      ? {
          days: regularWeek(sessions, today),
          exceptions: comingExceptions(exceptions, today).map((e) => ({
            ...e,
            by: attribution(e.source),
          })),
          note: raw.programme?.note,
          by: attributions([...new Map(sessions.map((s) => [s.source.id, s.source])).values()]),
        }
      : undefined,
  };
}

const UNKNOWN = 'uppgift saknas – fråga kommunen';

/** ParentBox.astro's markup. */
export function renderBox(h: H, box: ParentBox) {
  const by = (text?: string) =>
    text ? [' ', h('span', { className: 'fc-parent__by' }, `(${text})`)] : [];
  const unknown = (text = UNKNOWN) => h('span', { className: 'fc-unknown' }, text);
  const items: Child[] = [];
  if (box.open) {
    items.push(
      h('dt', null, 'Vad du kan göra här'),
      h(
        'dd',
        null,
        box.what.length
          ? h('ul', null, ...box.what.map((w) => h('li', null, w.text, ...by(w.by))))
          : unknown(`Vilka verksamheter som finns: ${UNKNOWN}`),
        box.activities.length
          ? h(
              'ul',
              { className: 'fc-parent__activities' },
              ...box.activities.map((a) => h('li', null, a.text, ...by(a.by))),
            )
          : null,
      ),
    );
  }
  items.push(
    h('dt', null, box.whereLabel),
    h(
      'dd',
      null,
      box.where.length === 0 ? unknown() : null,
      box.where.length === 1 ? [box.where[0].text, ...by(box.where[0].by)] : null,
      box.where.length > 1
        ? [
            box.whereDisputed
              ? h('p', null, 'Källorna anger olika platser; fråga kommunen vilken som gäller:')
              : null,
            h('ul', null, ...box.where.map((w) => h('li', null, w.text, ...by(w.by)))),
          ]
        : null,
    ),
  );
  if (box.open) {
    const when = box.when;
    items.push(
      h('dt', null, 'När'),
      h(
        'dd',
        null,
        when
          ? [
              h(
                'ul',
                { className: 'fc-parent__days' },
                ...when.days.map((d) =>
                  h('li', null, h('strong', null, `${d.day}:`), ` ${d.times.join('; ')}`),
                ),
              ),
              h(
                'p',
                null,
                when.hoursPerWeek !== null
                  ? `Öppna förskolan har öppet ${formatNumber(when.hoursPerWeek, 1)} timmar i veckan${when.place ? `, i ${lowerFirst(when.place)}` : ''}. `
                  : null,
                h('span', { className: 'fc-parent__by' }, `(${when.by})`),
                when.note ? ` ${when.note}` : null,
              ),
            ]
          : unknown(),
      ),
    );
  }
  if (box.confidentiality)
    items.push(
      h('dt', null, 'Tystnadsplikt och anmälningsplikt'),
      h('dd', null, box.confidentiality.text, ...by(box.confidentiality.by)),
    );
  items.push(
    h('dt', null, 'Vem du kan fråga'),
    h(
      'dd',
      null,
      box.ask === UNKNOWN_ASK_KOMMUN ? unknown() : [box.ask, ...by(box.askBy)],
      box.moreInfo
        ? h(
            'p',
            { className: 'fc-parent__more' },
            h('a', { href: box.moreInfo.url }, `Mer information hos ${box.moreInfo.name}`),
          )
        : null,
    ),
  );
  return h(
    'section',
    { className: 'fc-parent', 'data-preview': 'parent-box' },
    h('h2', { className: 'fc-parent__title' }, 'För dig som förälder'),
    box.notOpen ? h('p', { className: 'fc-parent__notice' }, h('strong', null, box.notOpen)) : null,
    h('dl', { className: 'fc-parent__list' }, ...items),
  );
}

/** WeekProgramme.astro's markup, without the calendar links (the feed is made when the site is built). */
export function renderWeek(h: H, week: NonNullable<ReturnType<typeof centrePreview>['week']>) {
  return h(
    'section',
    { className: 'fc-week', 'data-preview': 'week' },
    h('h2', null, 'Veckans program'),
    week.exceptions.length
      ? h(
          'div',
          { className: 'fc-week__exceptions' },
          h('h3', null, 'Stängt och ändrade tider'),
          h(
            'ul',
            null,
            ...week.exceptions.map((e) =>
              h(
                'li',
                null,
                h(
                  'strong',
                  null,
                  `${e.until ? `${dayLabel(e.date)}–${dayLabel(e.until)}` : dayLabel(e.date)}: ${EXCEPTION_LABELS[e.kind]}${e.kind === 'ändrad-tid' && e.from && e.to ? ` ${time(e.from)}–${time(e.to)}` : ''}`,
                ),
                e.what ? `, ${e.what}` : '',
                '.',
                e.note ? ` ${e.note.replace(/\.$/, '')}.` : '',
                ' ',
                h('span', { className: 'fc-week__by' }, `(${e.by})`),
              ),
            ),
          ),
        )
      : null,
    h('h3', null, 'En vanlig vecka'),
    h(
      'ul',
      { className: 'fc-week__days' },
      ...week.days.map((d) =>
        h(
          'li',
          { className: 'fc-week__day' },
          h('span', { className: 'fc-week__label' }, d.label),
          h(
            'ul',
            null,
            ...d.sessions.map((s) =>
              h(
                'li',
                null,
                h('strong', null, `${time(s.from)}–${time(s.to)}`),
                ` ${s.what}`,
                s.forWhom ? `, ${lowerFirst(s.forWhom)}` : '',
                s.place ? `, ${lowerFirst(s.place)}` : '',
                s.validTo ? ` (till och med ${dayLabel(s.validTo)})` : '',
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      { className: 'fc-week__by' },
      `Källa: ${week.by}.${week.note ? ` ${week.note.replace(/\.$/, '')}.` : ''}`,
    ),
  );
}

/** A centre's preview: its name, the box and the week. */
export function renderCentre(
  h: H,
  raw: RawCentre & { name?: string },
  lookups: PreviewLookups,
  today: string,
) {
  const { box, week } = centrePreview(raw, lookups, today);
  return h(
    'div',
    { className: 'fc-container', style: { paddingBlock: '1rem' } },
    h('h1', null, raw.name ?? ''),
    renderBox(h, box),
    week ? renderWeek(h, week) : null,
  );
}
