/**
 * The editor's preview of a centre: the box "För dig som förälder" and the week, from the entry as
 * it is being edited, through the same view (register/centre-view.ts) and the same markup
 * (telling/render-box.ts, render-week.ts) as the centre page. What the CMS hands over is checked
 * once, field by field, against the centre's own schema (a half-typed entry keeps what is valid),
 * and typed after. Pure: `h` is handed in (the CMS's React createElement in the browser, htmlH in
 * tests). src/scripts/editor-preview.ts registers it with the CMS.
 */
import type { z } from 'astro/zod';
import { centreSchema } from '../../schemas/centre';
import { programmeSchema } from '../../schemas/programme';
import type { ParentTextTopic } from '../../schemas/parent-text';
import { centreView, type CentreData, type ParentSentence } from '../register/centre-view';
import { sourceRef, type SourceData, type SourceRef } from '../source-view';
import { element, type H } from '../telling/html';
import { renderBox, swedishSentences } from '../telling/render-box';
import { renderWeek } from '../telling/render-week';
import { SV } from '../telling/words';

/** The sources and the parents' sentences, read once from the editor's copy of the content. */
export interface PreviewLookups {
  sources: Map<string, SourceData>;
  texts: { about: ParentTextTopic; text: string; sources: string[] }[];
}

const shape = centreSchema.shape;
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A field's value if its schema takes it, else the fallback. */
function valueOr<T extends z.ZodType>(
  schema: T,
  value: unknown,
  fallback: z.output<T>,
): z.output<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** The valid items of a list field, one by one, so one half-typed item does not hide the rest. */
function validItems<T extends z.ZodType>(schema: T, value: unknown): z.output<T>[] {
  return items(value).flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * What the editor holds for a field nobody has filled in (an empty text, null) is no value: left
 * out, as the file the editor saves leaves it out, so an optional field does not fail its schema.
 */
function filled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(filled);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== '' && v !== null && v !== undefined)
      .map(([k, v]) => [k, filled(v)]),
  );
}

/** The entry as the editor holds it, read into the data the centre's view takes. */
export function previewData(value: unknown): CentreData {
  const raw = record(filled(value));
  const programme = record(raw.programme);
  const sessions = validItems(programmeSchema.shape.sessions.element, programme.sessions);
  const exceptions = validItems(
    programmeSchema.shape.exceptions.unwrap().element,
    programme.exceptions,
  );
  const note = programmeSchema.shape.note.safeParse(programme.note);
  return {
    name: valueOr(shape.name, raw.name, ''),
    nameKnown: valueOr(shape.nameKnown, raw.nameKnown, true),
    kind: valueOr(shape.kind, raw.kind, 'familjecentral'),
    place: valueOr(shape.place, raw.place, undefined),
    // A new entry without a status yet reads as not open: the box then says it is planned.
    status: valueOr(shape.status, raw.status, 'planerad'),
    events: validItems(shape.events.element, raw.events),
    services: validItems(shape.services.unwrap().element, raw.services),
    activities: validItems(shape.activities.unwrap().element, raw.activities),
    visit: validItems(shape.visit.unwrap().element, raw.visit),
    contact: validItems(shape.contact.unwrap().element, raw.contact),
    ask: valueOr(shape.ask, raw.ask, undefined),
    partners: valueOr(shape.partners, raw.partners, undefined),
    moreInfo: valueOr(shape.moreInfo, raw.moreInfo, undefined),
    programme:
      sessions.length > 0
        ? { sessions, exceptions, note: note.success ? note.data : undefined }
        : undefined,
  };
}

/** A source by id; one the editor does not know yet (being typed) is named by its id. */
function lookup(lookups: PreviewLookups, id: string): SourceRef {
  const data = lookups.sources.get(id);
  return sourceRef(id, data ?? { publisher: id, date: 'okänd', reported: false });
}

/** The centre's view for the entry being edited, as the page computes it. */
export function previewView(value: unknown, lookups: PreviewLookups, today: Date) {
  const data = previewData(value);
  const ref = (id: string) => lookup(lookups, id);
  const texts: ParentSentence[] = lookups.texts.map((t) => ({
    about: t.about,
    text: t.text,
    sources: t.sources.map(ref),
  }));
  const kommun = record(value).kommun;
  return centreView({
    id: 'forhandsvisning',
    data,
    kommun: {
      code: typeof kommun === 'string' ? kommun : '',
      name: typeof kommun === 'string' ? kommun : '',
      lanCode: '',
      lanName: '',
      contact: [],
    },
    texts,
    source: ref,
    today,
  });
}

/** A centre's preview: its name, the box and the week, in the page's markup. */
export function renderCentre(h: H, value: unknown, lookups: PreviewLookups, today: Date) {
  const e = element(h);
  const view = previewView(value, lookups, today);
  return e(
    'div',
    { className: 'fc-container', 'data-preview': 'centre' },
    e('h1', null, view.name),
    renderBox(h, SV, view, {
      sentence: swedishSentences(view),
      headingId: 'for-foraldrar',
      weekAnchor: view.week && 'veckans-program',
    }),
    view.week && renderWeek(h, SV, view.week, { headingId: 'veckans-program' }),
  );
}
