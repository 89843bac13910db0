/**
 * The words of one language for telling a view: its messages (Swedish, or a translation of each
 * Swedish message), and dates, numbers, weekdays and lists in its own locale. A message that has
 * no current translation is said in Swedish and marked so (`fallback`), so a fact is never left
 * out of a translated page, and never said in words nobody translated. Pure.
 */
import { isKnown } from '../../schemas/partial-date.ts';
import type { Weekday } from '../../schemas/centre-vocabulary.ts';
import { WEEKDAYS } from '../../schemas/centre-vocabulary.ts';
import type { SourceRef } from '../source-view';
import { fill } from './fill.ts';
import { SWEDISH, type MessageId } from './messages.ts';

export interface Words {
  /** BCP 47 language of the page: "sv", "fi", "en", "ar". */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The locale its dates, numbers, lists and plural forms follow: "sv-SE", "fi-FI" … */
  locale: string;
  /** A message in this language, its placeholders filled; a Swedish term in it ([[öppen förskola]]) as plain text. */
  t(id: MessageId, values?: Record<string, string>): string;
  /**
   * A message in this language with its {placeholders} left for a script in the browser to fill
   * (src/lib/telling/search-sentences.ts); a Swedish term in it as plain text.
   */
  template(id: MessageId): string;
  /** The same message in parts, each Swedish term apart so a page can mark it lang="sv". */
  parts(id: MessageId, values?: Record<string, string>): { text: string; swedish: boolean }[];
  /** "09.00" (sv), "9.00" (fi), "09:00" (en, ar). */
  time(t: string): string;
  /** True when the message is said in Swedish for want of a current translation. */
  fallback(id: MessageId): boolean;
  /** "13 maj 2024" from YYYY-MM-DD. */
  day(iso: string): string;
  /** "maj 2024", "2019", "13 maj 2024" from a partial date. */
  partialDate(date: string): string;
  /** "maj 2024" (a status needs no more precision than the month). */
  month(date: string): string;
  number(value: number, digits?: number): string;
  list(items: readonly string[]): string;
  /** "Måndag". */
  weekday(day: Weekday): string;
  /**
   * "Borlänge kommun, 13 maj 2024", "enligt Lokalt i Dalarna, utan datum, läst 23 november 2026".
   * Marked, a source's Swedish name on a page in another language stands as [[name]], for `split`.
   */
  attribution(source: SourceRef, marked?: boolean): string;
  /** Several sources behind one fact, each teller once with its dates; marked as `attribution`. */
  attributions(sources: readonly SourceRef[], marked?: boolean): string;
  /** A text with [[Swedish]] marks in parts, each Swedish run apart so a page can mark it lang="sv". */
  split(text: string): { text: string; swedish: boolean }[];
  /** Who tells it: "Borlänge kommun", or "enligt …" for a press or party source. */
  teller(source: SourceRef): string;
}

export interface LanguageSetting {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Locale for dates and numbers, with Latin digits. */
  locale: string;
  /** How a clock time is written: "09.00", "9.00" or "09:00". */
  clock: 'dot' | 'dot-short' | 'colon';
  /** The translated messages that are current; every other message is said in Swedish. */
  messages: Partial<Record<MessageId, string>>;
}

/** A Swedish term inside a translated message: [[öppen förskola]]. */
const SWEDISH_TERM = /\[\[(.+?)\]\]/g;

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function makeWords(setting: LanguageSetting): Words {
  const { locale } = setting;
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthFormat = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const message = (id: MessageId) => setting.messages[id] ?? SWEDISH[id];
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

  const words: Words = {
    lang: setting.lang,
    dir: setting.dir,
    locale,
    t: (id, values) => fill(message(id), values).replace(SWEDISH_TERM, '$1'),
    template: (id) => message(id).replace(SWEDISH_TERM, '$1'),
    parts: (id, values) => words.split(fill(message(id), values)),
    split: (text) =>
      text
        .split(SWEDISH_TERM)
        .map((part, i) => ({ text: part, swedish: i % 2 === 1 }))
        .filter((p) => p.text !== ''),
    time: (t) =>
      setting.clock === 'colon'
        ? t
        : setting.clock === 'dot-short'
          ? t.replace(/^0(\d)/, '$1').replace(':', '.')
          : t.replace(':', '.'),
    fallback: (id) => setting.lang !== 'sv' && setting.messages[id] === undefined,
    day: (iso) => dayFormat.format(utc(iso)),
    partialDate: (date) =>
      date.length === 4
        ? date
        : date.length === 7
          ? monthFormat.format(utc(`${date}-01`))
          : dayFormat.format(utc(date)),
    month: (date) => words.partialDate(date.slice(0, 7)),
    number: (value, digits = 0) => {
      let format = numberFormats.get(digits);
      if (!format)
        numberFormats.set(
          digits,
          (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })),
        );
      return format.format(value);
    },
    list: (items) => listFormat.format(items),
    // 2024-01-01 was a Monday.
    weekday: (day) =>
      upperFirst(weekdayFormat.format(utc(`2024-01-0${WEEKDAYS.indexOf(day) + 1}`))),
    teller: (source) => tellerOf(source, false),
    attribution: (source, marked = false) =>
      fill(message('attr.whoWhen'), { who: tellerOf(source, marked), when: dateLabel(source) }),
    attributions: (sources, marked = false) => {
      const [only] = sources;
      if (only && sources.length === 1) return words.attribution(only, marked);
      const byTeller = new Map<string, string[]>();
      for (const s of sources) {
        const date = isKnown(s.date) ? words.partialDate(s.date) : message('attr.undated');
        const dates = byTeller.get(tellerOf(s, marked)) ?? [];
        if (!dates.includes(date)) dates.push(date);
        byTeller.set(tellerOf(s, marked), dates);
      }
      return [...byTeller]
        .map(([who, dates]) => fill(message('attr.whoWhen'), { who, when: words.list(dates) }))
        .join(`${message('sep.semicolon')} `);
    },
  };
  function tellerOf(source: SourceRef, marked: boolean): string {
    // In a right-to-left sentence a Swedish name is set apart (Unicode isolates), so its words
    // and the punctuation around it keep their order; marked, it is also set apart as Swedish.
    const isolated = setting.dir === 'rtl' ? `\u2068${source.short}\u2069` : source.short;
    const name = marked && setting.lang !== 'sv' ? `[[${isolated}]]` : isolated;
    return source.reported ? fill(message('attr.according'), { who: name }) : name;
  }
  function dateLabel(source: SourceRef): string {
    if (isKnown(source.date)) return words.partialDate(source.date);
    return source.accessed
      ? fill(message('attr.undatedRead'), { date: dayFormat.format(source.accessed) })
      : message('attr.dateMissing');
  }
  return words;
}

/** The site's own language. */
export const SV = makeWords({
  lang: 'sv',
  dir: 'ltr',
  locale: 'sv-SE',
  clock: 'dot',
  messages: {},
});
