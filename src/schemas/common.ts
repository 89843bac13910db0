import { z } from 'astro/zod';
import { PARTIAL_DATE } from '../lib/partial-date';
import { JA_NEJ_OKAND, type JaNejOkand } from './centre-vocabulary';

/** Describes what the editor wrote, for error messages: "nothing (the field is missing)", "\"open\"", "a text of 213 characters". */
export function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (typeof input === 'string') return input.length > 40 ? `a text of ${input.length} characters` : JSON.stringify(input);
  if (input instanceof Date) return Number.isNaN(input.valueOf()) ? 'an invalid date' : input.toISOString().slice(0, 10);
  if (Array.isArray(input)) return `a list of ${input.length}`;
  if (input !== null && typeof input === 'object') return 'a group of fields';
  return String(input);
}

/** An error message that says what is expected and what was received. */
export const expected = (what: string) => (issue: { input?: unknown }) => `expected ${what}; received ${describeReceived(issue.input)}`;

/**
 * Fields and field types shared by every collection. Each carries an error message that
 * tells the editor what to write, because the message is what they see when the build stops.
 */

export { PARTIAL_DATE };

/** YAML turns 2021-05-14 into a Date and 2019 into a number; read both as the editor meant them. */
const asWritten = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.valueOf())
    ? value.toISOString().slice(0, 10)
    : typeof value === 'number'
      ? String(value)
      : value;

const PARTIAL_DATE_HINT = 'a date written as YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-05-14';

export const partialDate = z.preprocess(
  asWritten,
  z.string({ error: expected(PARTIAL_DATE_HINT) }).regex(PARTIAL_DATE, { error: expected(PARTIAL_DATE_HINT) }),
);

/** A partial date, or "okänd" when the sources give none. */
export const partialDateOrUnknown = z.preprocess(
  asWritten,
  z
    .string({ error: expected(`${PARTIAL_DATE_HINT}, or "okänd"`) })
    .refine((value) => value === 'okänd' || PARTIAL_DATE.test(value), { error: expected(`${PARTIAL_DATE_HINT}, or "okänd"`) }),
);

/** A full calendar date, as YAML writes it: 2026-11-22. */
export const fullDate = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value) : value),
  z.date({ error: expected('a date written as YYYY-MM-DD, for example 2026-11-22') }),
);

/** The editorial fields every entry must have. */
export const reviewFields = {
  /** When a person last checked this entry against its sources (YYYY-MM-DD). Shown as "Senast granskad". */
  lastReviewed: fullDate,
  /** Who answers for the entry: a role and organisation, never a private person's contact details. */
  owner: z
    .string({ error: expected('the role and organisation that answers for this entry, for example "Regional samordnare, Region Dalarna"') })
    .min(3, { error: expected('the role and organisation that answers for this entry') }),
};

/** YAML reads an unquoted kommun code such as 2080 as a number; the editor meant the code. */
const numberAsText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

/**
 * A reference to another entry by its id, as Astro's reference() stores it ({ collection, id }),
 * with a message that says what to write. The build's integrity check then makes sure the entry exists.
 */
export function entryRef<C extends string>(collection: C, what: string) {
  return z
    .preprocess(numberAsText, z.string({ error: expected(what) }).min(1, { error: expected(what) }))
    .transform((id) => ({ collection, id }) as { collection: C; id: string });
}

/** One source: the id of a file in src/content/sources/. */
export const sourceRef = entryRef('sources', 'the id (file name without .yaml) of a source in src/content/sources/');
export const kommunRef = entryRef('kommuner', 'an official four-digit kommun code in quotes, for example "2080"');
export const chapterRef = entryRef('guidance', 'the id (file name without .mdx) of a chapter in src/content/guidance/');

/** At least one source; each an id of a file in src/content/sources/. */
export const sourceList = z
  .array(sourceRef, { error: expected('a list of source ids from src/content/sources/') })
  .min(1, { error: expected('at least one source id from src/content/sources/') });

/** The three audiences the guidance is written for. */
export const AUDIENCES = ['ny-kommun', 'personal', 'allmanhet'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
  'ny-kommun': 'Kommun som ska starta',
  personal: 'Personal',
  allmanhet: 'Allmänhet',
};

/** A three-valued answer: what is not known is stored as unknown, never guessed. */
export const jaNejOkand = z.enum(JA_NEJ_OKAND, { error: expected(`one of: ${JA_NEJ_OKAND.join(', ')}`) });
export type { JaNejOkand };
