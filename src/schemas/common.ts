/**
 * The field types every collection is built from. Each field is declared once, here or in its
 * collection's schema, with what an editor needs to know: a Swedish label, a one-line help text,
 * an example as written in the file, and what is expected, which is also the build's error
 * message. The field reference (npm run docs:content), the editor interface and the open-data
 * field docs read these descriptions (describe.ts); nothing else repeats them.
 */
import { idExpected } from './ids.ts';
import { z } from 'astro/zod';
import { FULL_DATE, PARTIAL_DATE, isoDay } from './partial-date.ts';
import { JA_NEJ_LABELS, JA_NEJ_OKAND, type JaNejOkand } from './centre-vocabulary.ts';

/** Describes what the editor wrote, for error messages: "nothing (the field is missing)", "\"open\"", "a text of 213 characters". */
export function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (typeof input === 'string')
    return input.length > 40 ? `a text of ${input.length} characters` : JSON.stringify(input);
  if (input instanceof Date)
    return Number.isNaN(input.valueOf()) ? 'an invalid date' : isoDay(input);
  if (Array.isArray(input)) return `a list of ${input.length}`;
  if (input !== null && typeof input === 'object') return 'a group of fields';
  return typeof input === 'number' || typeof input === 'boolean' || input === null
    ? String(input)
    : typeof input;
}

/** An error message that says what is expected and what was received. */
export const expected = (what: string) => (issue: { input?: unknown }) =>
  `expected ${what}; received ${describeReceived(issue.input)}`;

/** What kind of value a field holds, as an editor sees it. */
export type FieldKind =
  | 'text'
  | 'long-text'
  | 'url'
  | 'time'
  | 'choice'
  | 'yes-no'
  | 'number'
  | 'partial-date'
  | 'partial-date-or-unknown'
  | 'date'
  | 'ref'
  | 'list'
  | 'group'
  | 'number-or-choice';

/** What an editor is told about a field. Swedish, for editors. */
export interface FieldInfo {
  /** The field's name in the editor and the reference: "Status". */
  label: string;
  /** One line of help: what to write and where it shows. */
  help: string;
  /** A value as written in the file: "öppen", "\"2080\"", "2021-05-14". */
  example?: string;
}

/** What the schema records about a field, read by describe.ts. */
export interface FieldMeta extends FieldInfo {
  kind: FieldKind;
  /** The expectation in the build's error message (English, as the build speaks). */
  expected: string;
  /** For a choice: the allowed values and their Swedish labels. */
  options?: readonly { value: string; label: string }[];
  /** For a reference: the collection it points into. */
  collection?: string;
}

const withMeta = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => schema.meta({ ...meta });

interface Length {
  min?: number;
  max?: number;
}

/** A line of text. `expected` says what to write, for the error message. */
export function text(
  info: FieldInfo & { expected: string },
  { min = 1, max }: Length = {},
  kind: 'text' | 'long-text' = 'text',
) {
  const error = expected(info.expected);
  let schema = z.string({ error }).min(min, { error });
  if (max !== undefined) schema = schema.max(max, { error });
  return withMeta(schema, { ...info, kind });
}

/** A longer text, such as a definition or a summary. */
export const longText = (info: FieldInfo & { expected: string }, length: Length = {}) =>
  text(info, length, 'long-text');

/** A full web address. */
export function url(info: FieldInfo) {
  const what = 'a full address starting with https://';
  return withMeta(z.url({ error: expected(what) }), { ...info, kind: 'url', expected: what });
}

/** What a time field expects, in the build's messages. */
export const TIME_EXPECTED = 'a time written HH:MM, for example 09:30';

/** A time of day, HH:MM. */
export function time(info: FieldInfo) {
  const what = TIME_EXPECTED;
  return withMeta(
    z
      .string({ error: expected(what) })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: expected(what) }),
    { ...info, kind: 'time', expected: what },
  );
}

/** One of a fixed set of values, each with its Swedish label (a missing label does not compile). */
export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  labels: Record<T[number], string>,
  info: FieldInfo,
) {
  const what = `one of: ${values.join(', ')}`;
  return withMeta(z.enum(values, { error: expected(what) }), {
    ...info,
    kind: 'choice',
    expected: what,
    options: values.map((value) => ({ value, label: labels[value as T[number]] })),
  });
}

/** Ja or nej, written true or false. */
export function yesNo(info: FieldInfo) {
  return withMeta(z.boolean({ error: expected('true or false') }), {
    ...info,
    kind: 'yes-no',
    expected: 'true or false',
  });
}

/** A short code of a fixed form, for example a fingerprint: text the pattern accepts. */
export function code(info: FieldInfo & { expected: string }, pattern: RegExp) {
  const error = expected(info.expected);
  return withMeta(z.preprocess(numberAsText, z.string({ error }).regex(pattern, { error })), {
    ...info,
    kind: 'text',
  });
}

/** A whole number. */
export function wholeNumber(info: FieldInfo & { expected: string }, { min, max }: Length = {}) {
  const error = expected(info.expected);
  let schema = z.number({ error }).int({ error });
  if (min !== undefined) schema = schema.min(min, { error });
  if (max !== undefined) schema = schema.max(max, { error });
  return withMeta(schema, { ...info, kind: 'number' });
}

export { PARTIAL_DATE };

/** YAML turns 2021-05-14 into a Date and 2019 into a number; read both as the editor meant them. */
const asWritten = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.valueOf())
    ? isoDay(value)
    : typeof value === 'number'
      ? String(value)
      : value;

const PARTIAL_DATE_HINT = 'a date written as YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-05-14';

/** A date that may be known only to the year or month: 2019, 2021-05, 2021-05-14. */
export function partialDate(info: FieldInfo) {
  const error = expected(PARTIAL_DATE_HINT);
  return withMeta(z.preprocess(asWritten, z.string({ error }).regex(PARTIAL_DATE, { error })), {
    ...info,
    kind: 'partial-date',
    expected: PARTIAL_DATE_HINT,
  });
}

/** A partial date, or "okänd" when the sources give none. */
export function partialDateOrUnknown(info: FieldInfo) {
  const what = `${PARTIAL_DATE_HINT}, or "okänd"`;
  const error = expected(what);
  return withMeta(
    z.preprocess(
      asWritten,
      z
        .string({ error })
        .refine((value) => value === 'okänd' || PARTIAL_DATE.test(value), { error }),
    ),
    { ...info, kind: 'partial-date-or-unknown', expected: what },
  );
}

const FULL_DATE_HINT = 'a date written as YYYY-MM-DD, for example 2026-11-22';

/** A full calendar date, as YAML writes it: 2026-11-22 (YAML reads it as a Date; written in quotes, it is checked as text). */
export function fullDate(info: FieldInfo) {
  return withMeta(
    z.preprocess(
      (value) => (typeof value === 'string' && FULL_DATE.test(value) ? new Date(value) : value),
      z.date({ error: expected(FULL_DATE_HINT) }),
    ),
    { ...info, kind: 'date', expected: FULL_DATE_HINT },
  );
}

/** YAML reads an unquoted kommun code such as 2080 as a number; the editor meant the code. */
const numberAsText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

/**
 * A reference to another entry by its id, as Astro's reference() stores it ({ collection, id }).
 * The build's cross-entry check then makes sure the entry exists.
 */
export function ref<C extends string>(collection: C, info: FieldInfo & { expected: string }) {
  const error = expected(info.expected);
  return withMeta(
    z
      .preprocess(numberAsText, z.string({ error }).min(1, { error }))
      .transform((id) => ({ collection, id })),
    { ...info, kind: 'ref', collection },
  );
}

/** A list of values or groups. */
export function list<T extends z.ZodType>(
  item: T,
  info: FieldInfo & { expected: string },
  { min }: Length = {},
) {
  const error = expected(info.expected);
  const schema = z.array(item, { error });
  return withMeta(min === undefined ? schema : schema.min(min, { error }), {
    ...info,
    kind: 'list',
  });
}

/** A group of fields written together, for example `{ event: invigd, date: 2023-05, source: … }`. */
export function group<S extends z.ZodRawShape>(shape: S, info: FieldInfo) {
  return withMeta(z.object(shape, { error: expected('a group of fields') }), {
    ...info,
    kind: 'group',
    expected: 'a group of fields',
  });
}

/** One source, by the file name of src/content/sources/<id>.yaml (the editor lists it by title, publisher and date). */
export const sourceRef = (
  info: FieldInfo = {
    label: 'Källa',
    help: 'Källan som säger detta. Välj den efter titel, utgivare och datum. Saknas den i listan, lägg först till den under Källor.',
    example: 'orsa-familjens-hus',
  },
) => ref('sources', { ...info, expected: idExpected('sources') });

/** A kommun, by its official code. */
export const kommunRef = (info: FieldInfo) =>
  ref('kommuner', {
    ...info,
    expected: `${idExpected('kommuner')} in quotes, for example "2080"`,
  });

/** A chapter of the vägledning, by its file name. */
export const chapterRef = (info: FieldInfo) =>
  ref('guidance', {
    ...info,
    expected: idExpected('guidance'),
  });

/** At least one source; each an id of a file in src/content/sources/. */
export const sourceList = () =>
  list(
    sourceRef(),
    {
      label: 'Källor',
      help: 'Källorna som posten bygger på, minst en.',
      example: '[region-dalarna-socialchefsnatverket-2020]',
      expected: 'a list of source ids from src/content/sources/, at least one',
    },
    { min: 1 },
  );

/** The editorial fields every entry must have. */
export const reviewFields = () => ({
  /** Shown as "Senast granskad". */
  lastReviewed: fullDate({
    label: 'Senast granskad',
    help: 'Dagen då någon senast kontrollerade posten mot källorna.',
    example: '2026-11-23',
  }),
  /** A role and organisation, never a private person's contact details. */
  owner: text(
    {
      label: 'Ansvarig',
      help: 'Roll och organisation som svarar för posten, aldrig en persons namn eller kontaktuppgifter.',
      example: 'Regional samordnare för familjecentraler, Region Dalarna',
      expected:
        'the role and organisation that answers for this entry, for example "Regional samordnare, Region Dalarna"',
    },
    { min: 3 },
  ),
});

/** The three audiences the guidance is written for. */
export const AUDIENCES = ['ny-kommun', 'personal', 'allmanhet'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
  'ny-kommun': 'Kommun som ska starta',
  personal: 'Personal',
  allmanhet: 'Allmänhet',
};

/** A three-valued answer: what is not known is stored as unknown, never guessed. */
export const jaNejOkand = (info: FieldInfo) => choice(JA_NEJ_OKAND, JA_NEJ_LABELS, info);
export type { JaNejOkand };
