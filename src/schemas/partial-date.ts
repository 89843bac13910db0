/**
 * Dates known only to the year or month ("2019", "2023-05", "2023-10-23") as periods: when
 * they start, when they end, whether one is surely before another. Pure, no imports, so Node
 * scripts can load it too.
 */

/** A date that may be known only to the year or month: `2019`, `2021-05`, `2021-05-14`. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A full date, `2026-12-24`, of a month's days: no 31 April or 30 February (29 February passes in
 * any year). The editor's date fields and the schema's full dates check it the same way.
 */
export const FULL_DATE =
  /^\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])|(0[469]|11)-(0[1-9]|[12]\d|30)|02-(0[1-9]|1\d|2\d))$/;

/**
 * A Date as its day, `2026-12-24` (UTC, so the machine's zone cannot shift it): how every day is
 * written in content, data attributes, open data and <time datetime>. The one place a day is cut
 * from a Date (src/lib/format.ts hands it on).
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "okänd" is how an editor writes a date the sources do not give. */
export const UNKNOWN = 'okänd';

export function isKnown(date: string | undefined): date is string {
  return date !== undefined && date !== UNKNOWN && PARTIAL_DATE.test(date);
}

/** The first day of the period, UTC. */
export function periodStart(date: string): Date {
  const [year = NaN, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The last day of the period, UTC: "2019" ends 2019-12-31, "2024-02" ends 2024-02-29. */
export function periodEnd(date: string): Date {
  const [year = NaN, month, day] = date.split('-').map(Number);
  if (month && day) return new Date(Date.UTC(year, month - 1, day));
  if (month) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, 11, 31));
}

/** True when `a` surely ends before `b` starts ("2019" is not before "2019-09": they overlap). */
export function surelyBefore(a: string, b: string): boolean {
  return periodEnd(a).getTime() < periodStart(b).getTime();
}

/** Orders partial dates by where they start, the less precise first when they start together. */
export function comparePartialDates(a: string, b: string): number {
  return periodStart(a).getTime() - periodStart(b).getTime() || a.length - b.length;
}

/** The newest of some partial dates, by where each ends; undefined when none is known. */
export function newest(dates: readonly (string | undefined)[]): string | undefined {
  return dates
    .filter(isKnown)
    .reduce<string | undefined>(
      (best, d) => (best === undefined || periodEnd(d) > periodEnd(best) ? d : best),
      undefined,
    );
}

/** True when the whole period lies more than `years` years before `today`. */
export function olderThan(date: string, today: Date, years: number): boolean {
  const limit = new Date(
    Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()),
  );
  return periodEnd(date).getTime() < limit.getTime();
}
