/**
 * What content cannot be true, though each entry's own schema takes it: a date after the day of
 * the build where only the past is possible (a review, a source read, an event that has happened,
 * a translation made), a source dated after the day it was read, and two entries where the model
 * has room for one (two centres of one name in one kommun, two sources at one address, two texts
 * for one kommun …). Each rule is written once here, with the reason an editor reads. Pure:
 * entries and the build day in, problems out.
 */
import { fileOf, type ContentProblem, type PlainEntry } from './problem.ts';
import { isOneOf, isRecord } from '../typed.ts';
import { editorCollections, type EditorCollectionName } from '../../schemas/index.ts';
import { isKnown, isoDay, periodStart } from '../../schemas/partial-date.ts';
import { CENTRE_EVENTS, EVENT_STATUS } from '../../schemas/centre-vocabulary.ts';

/** A date field that only the past can fill. `path` reaches into lists with [] ("events[].date"). */
export interface PastDate {
  /** The collection, or every collection ('*'). */
  collection: EditorCollectionName | '*';
  path: string;
  /** What the date is, for the message: "the day the page was read". */
  what: string;
  /** Only for the list items this holds for (an event that has happened, not a plan). */
  when?: (item: Record<string, unknown>) => boolean;
}

const hasHappened = (event: Record<string, unknown>) =>
  isOneOf(CENTRE_EVENTS, event.event) && EVENT_STATUS[event.event] !== null;

export const PAST_DATES: readonly PastDate[] = [
  { collection: '*', path: 'lastReviewed', what: 'the day the entry was last reviewed' },
  { collection: 'sources', path: 'date', what: 'the day the source was published or changed' },
  { collection: 'sources', path: 'accessed', what: 'the day the page was read' },
  {
    collection: 'centres',
    path: 'events[].date',
    what: 'the day of an event that has happened (an opening still to come is a planerad-oppning)',
    when: hasHappened,
  },
  { collection: 'news', path: 'date', what: 'the day it happened' },
  { collection: 'strategy', path: 'adopted', what: 'the day it was adopted' },
  { collection: 'kommunprofiler', path: 'lastSearched', what: 'the day the sources were searched' },
  { collection: 'followUp', path: 'answeredOn', what: 'the day the answers were given' },
  { collection: 'translations', path: 'translatedOn', what: 'the day it was translated' },
  { collection: 'parentTextTranslations', path: 'translatedOn', what: 'the day it was translated' },
  {
    collection: 'phraseTranslations',
    path: 'phrases[].translatedOn',
    what: 'the day it was translated',
  },
  {
    collection: 'centreTextTranslations',
    path: 'texts[].translatedOn',
    what: 'the day it was translated',
  },
];

/** Fields whose values together only one entry of a collection may have. */
export interface Unique {
  collection: EditorCollectionName;
  fields: readonly string[];
  expected: string;
  /** Only the entries this holds for. */
  when?: (data: Record<string, unknown>) => boolean;
}

export const UNIQUE: readonly Unique[] = [
  {
    // A centre whose name is not known (nameKnown: false) is described, and two such centres in
    // one kommun may share the description the sources allow ("Familjecentral i Falun").
    collection: 'centres',
    fields: ['name', 'kommun'],
    expected:
      'a name no other centre in the kommun has: one centre is one file (a centre whose name is not known, nameKnown: false, may share its description)',
    when: (data) => data.nameKnown !== false,
  },
  {
    collection: 'sources',
    fields: ['url'],
    expected: 'an address no other source has: one page is one source, cited from every entry',
  },
  {
    collection: 'glossary',
    fields: ['term'],
    expected: 'a term no other entry of the glossary has',
  },
  {
    collection: 'kommunprofiler',
    fields: ['kommun'],
    expected: 'a kommun no other text is about: one text per kommun',
  },
  { collection: 'guidance', fields: ['title'], expected: 'a title no other chapter has' },
  { collection: 'strategy', fields: ['title'], expected: 'a title no other strategy has' },
  { collection: 'templates', fields: ['title'], expected: 'a title no other template has' },
  { collection: 'templates', fields: ['order'], expected: 'a position no other template has' },
  { collection: 'easyRead', fields: ['title'], expected: 'a title no other easy-read text has' },
  { collection: 'news', fields: ['title', 'date'], expected: 'one news item per event' },
  { collection: 'startSteps', fields: ['order'], expected: 'a position no other step has' },
  { collection: 'assessment', fields: ['order'], expected: 'a position no other question has' },
  {
    collection: 'goals',
    fields: ['measure', 'period.from', 'period.to'],
    expected: 'one goal per measure and period',
  },
  {
    collection: 'translations',
    fields: ['lang', 'translates'],
    expected: 'one translation of a text into each language',
  },
  {
    collection: 'parentTextTranslations',
    fields: ['lang', 'translates'],
    expected: 'one translation of a sentence into each language',
  },
  {
    collection: 'centreTextTranslations',
    fields: ['lang', 'translates'],
    expected: 'one file of a centre’s translated texts for each language',
  },
];

/** The values at a path of an entry's data, each with its place ("events[2].date") and its list item. */
export function valuesAt(
  data: unknown,
  path: string,
): { field: string; value: unknown; item: Record<string, unknown> }[] {
  const walk = (
    value: unknown,
    parts: readonly string[],
    at: string,
    item: Record<string, unknown>,
  ): { field: string; value: unknown; item: Record<string, unknown> }[] => {
    const [part, ...rest] = parts;
    if (part === undefined) return value === undefined ? [] : [{ field: at, value, item }];
    if (!isRecord(value)) return [];
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    const next = value[key];
    const name = at ? `${at}.${key}` : key;
    if (!list) return walk(next, rest, name, value);
    return Array.isArray(next)
      ? next.flatMap((element: unknown, i) =>
          isRecord(element) ? walk(element, rest, `${name}[${i}]`, element) : [],
        )
      : [];
  };
  return walk(data, path.split('.'), '', isRecord(data) ? data : {});
}

/** A date as the content holds it (a Date, or a partial date written as text) as written. */
const written = (value: unknown) => (value instanceof Date ? isoDay(value) : String(value));

/** The first day a date can mean, or undefined for one that is not known ("okänd"). */
function firstDay(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoDay(value);
  if (typeof value === 'number') return `${value}-01-01`;
  return typeof value === 'string' && isKnown(value) ? isoDay(periodStart(value)) : undefined;
}

const LIST_COLLECTIONS = new Set<string>(
  editorCollections()
    .filter((c) => c.format === 'list')
    .map((c) => c.name),
);
/** A field of a list file's item says which item it is. */
const fieldIn = (entry: PlainEntry, field: string) =>
  LIST_COLLECTIONS.has(entry.collection) ? `${field} (item "${entry.id}")` : field;

/** Dates after the day of the build in fields only the past can fill. */
export function checkPastDates(
  entries: readonly PlainEntry[],
  today: Date,
  rules: readonly PastDate[] = PAST_DATES,
): ContentProblem[] {
  const day = isoDay(today);
  return entries.flatMap((entry) =>
    rules
      .filter((r) => r.collection === '*' || r.collection === entry.collection)
      .flatMap((rule) =>
        valuesAt(entry.data, rule.path)
          .filter(({ item }) => !rule.when || rule.when(item))
          .flatMap(({ field, value }) => {
            const first = firstDay(value);
            return first !== undefined && first > day
              ? [
                  {
                    file: fileOf(entry),
                    field: fieldIn(entry, field),
                    received: `${written(value)}, after the day of the build (${day})`,
                    expected: `a date on or before ${day}: ${rule.what}, which cannot be in the future`,
                  },
                ]
              : [];
          }),
      ),
  );
}

/** A source dated after the day it was read: nobody reads a page before it is written. */
export function checkSourceDates(entries: readonly PlainEntry[]): ContentProblem[] {
  return entries
    .filter((e) => e.collection === 'sources' && isRecord(e.data))
    .flatMap((entry) => {
      const data = isRecord(entry.data) ? entry.data : {};
      const published = firstDay(data.date);
      const read = firstDay(data.accessed);
      return published !== undefined && read !== undefined && published > read
        ? [
            {
              file: fileOf(entry),
              field: 'date',
              received: `${written(data.date)}, after the day the page was read (accessed: ${read})`,
              expected: `a date on or before ${read}: a page is read after it is written; or correct accessed`,
            },
          ]
        : [];
    });
}

/** A value as two entries are compared by: an id for a reference, text without case or extra spaces. */
function comparable(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (isRecord(value) && typeof value.id === 'string') return value.id;
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'string')
    return value
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^(https?:\/\/[^#]*?)\/?(#.*)?$/, '$1');
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** Two entries with the same values where a collection has room for one. */
export function checkUnique(
  entries: readonly PlainEntry[],
  rules: readonly Unique[] = UNIQUE,
): ContentProblem[] {
  const sorted = [...entries].sort(
    (a, b) => fileOf(a).localeCompare(fileOf(b)) || a.id.localeCompare(b.id),
  );
  return rules.flatMap((rule) => {
    const seen = new Map<string, PlainEntry>();
    return sorted
      .filter((e) => e.collection === rule.collection)
      .filter((e) => !rule.when || (isRecord(e.data) && rule.when(e.data)))
      .flatMap((entry) => {
        const values = rule.fields.map((f) => valuesAt(entry.data, f)[0]?.value);
        const keys = values.map(comparable);
        if (keys.some((k) => k === undefined)) return [];
        const key = JSON.stringify(keys);
        const other = seen.get(key);
        if (!other) {
          seen.set(key, entry);
          return [];
        }
        const shown = values.map((v) =>
          isRecord(v) ? `"${comparable(v)}"` : JSON.stringify(written(v)),
        );
        return [
          {
            file: fileOf(entry),
            field: fieldIn(entry, rule.fields.join(' and ')),
            received: `${shown.join(' and ')}, which ${other.id === entry.id ? 'another item' : fileOf(other) === fileOf(entry) ? `item "${other.id}"` : fileOf(other)} already has`,
            expected: rule.expected,
          },
        ];
      });
  });
}

/** Items of a list file with an id another item of the file has (Astro would keep the last alone). */
export function checkListIds(file: string, items: unknown): ContentProblem[] {
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  return items.flatMap((item: unknown, i) => {
    const id =
      isRecord(item) && (typeof item.id === 'string' || typeof item.id === 'number')
        ? String(item.id)
        : undefined;
    if (id === undefined) return [];
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [
      {
        file,
        field: `[${i}].id`,
        received: `"${id}", which an item above already has`,
        expected: 'an id no other item of the file has: each item is one entry',
      },
    ];
  });
}
