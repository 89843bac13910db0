/** Swedish formatting of dates, numbers and lists. Pure functions, no Astro imports. */

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2021-05-14" → "14 maj 2021", "2021-05" → "maj 2021", "2019" → "2019". */
export function formatPartialDate(value: string): string {
  const [year = value, month, day] = value.split('-');
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A Date as "22 november 2026" (sv-SE, UTC so the build machine's zone cannot shift the day). */
// Formatters are made once: creating one costs far more than using it, on every page of a large site.
const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const numberFormats = new Map<number, Intl.NumberFormat>();
const listFormat = new Intl.ListFormat('sv-SE', { style: 'long', type: 'conjunction' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** A Date as an ISO day, for <time datetime>: defined beside the content's other date forms. */
export { isoDay } from '../schemas/partial-date.ts';

/** Numbers the Swedish way: 1 234,5. */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format)
    numberFormats.set(
      maximumFractionDigits,
      (format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits })),
    );
  return format.format(value);
}

/** "a, b och c". */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}

/** Sorts strings in Swedish alphabetical order (å, ä, ö last). */
export const compareSv = new Intl.Collator('sv-SE').compare;

/** Kommuner whose official name does not follow the genitive rule: "Falu kommun". */
const KOMMUN_GENITIVE_EXCEPTIONS: Record<string, string> = { Falun: 'Falu' };

/** Län whose official name does not follow the genitive rule: "Dalarnas län", "Kalmar län". */
const LAN_GENITIVE_EXCEPTIONS: Record<string, string> = { Dalarna: 'Dalarnas', Kalmar: 'Kalmar' };

/** The genitive of an official name: a name ending in a vowel takes no -s, others do, the exceptions as listed. */
const genitive = (name: string, exceptions: Record<string, string>) =>
  exceptions[name] ?? (/[aeiouyåäö]$/i.test(name) ? name : `${name}s`);

/** The län's official name: "Stockholms län", "Uppsala län", "Örebro län", "Dalarnas län". */
export function lanFullName(name: string): string {
  return `${genitive(name, LAN_GENITIVE_EXCEPTIONS)} län`;
}

/** The kommun's official name: "Mora kommun", "Smedjebackens kommun", "Falu kommun". */
export function kommunName(name: string): string {
  return `${genitive(name, KOMMUN_GENITIVE_EXCEPTIONS)} kommun`;
}

/** A file's size as a download link says it: "12 kB" (whole kilobytes, at least 1). */
export function fileSizeText(bytes: number): string {
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB`;
}
