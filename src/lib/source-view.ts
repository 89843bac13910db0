/** A source as the pages show it: its name, who to say "enligt", and how it is dated. Pure. */
import { formatDate, formatList, formatPartialDate } from './format';
import { isKnown } from '../schemas/partial-date';

export interface SourceRef {
  id: string;
  /** The source's own title, or our description of it. */
  name: string;
  /** True when `name` is the source's own title (shown in quotation marks). */
  isTitle: boolean;
  publisher: string;
  /** What follows "enligt" in running text. */
  short: string;
  /** A partial date, or "okänd". */
  date: string;
  /** When an undated page was read. */
  accessed?: Date;
  /** Press, party or other secondary source: said "enligt …", never as the site's own claim. */
  reported: boolean;
  url?: string;
  /**
   * The address of the source's entry in the list of sources (/kallor/s/#<id>), set by
   * content/query.ts source(); a reference made without the site has none.
   */
  path?: string;
}

/** The address a link to a source goes to: its entry in the list of sources. */
export function sourcePath(source: Pick<SourceRef, 'id' | 'path'>): string {
  if (!source.path)
    throw new Error(
      `No address for source "${source.id}": take the reference from source(site, id) in content/query.ts`,
    );
  return source.path;
}

export interface SourceData {
  title?: string;
  description?: string;
  publisher: string;
  short?: string;
  date: string;
  accessed?: Date;
  reported: boolean;
  url?: string;
}

export function sourceRef(id: string, data: SourceData): SourceRef {
  return {
    id,
    name: data.title ?? data.description ?? id,
    isTitle: data.title !== undefined,
    publisher: data.publisher,
    short: data.short ?? data.publisher,
    date: data.date,
    accessed: data.accessed,
    reported: data.reported,
    url: data.url,
  };
}

/** "maj 2024" for a status line: a day is more precision than a status needs. */
export function monthOf(date: string): string {
  return formatPartialDate(date.slice(0, 7));
}

/** How a source is dated, in words: "13 maj 2024", "utan datum, läst 23 november 2026", "datum saknas". */
export function sourceDateLabel(source: Pick<SourceRef, 'date' | 'accessed'>): string {
  if (isKnown(source.date)) return formatPartialDate(source.date);
  return source.accessed ? `utan datum, läst ${formatDate(source.accessed)}` : 'datum saknas';
}

/** Who tells it: "Borlänge kommun", or "enligt Kristdemokraterna i Dalarna" for a press or party source. */
export function teller(source: Pick<SourceRef, 'short' | 'reported'>): string {
  return source.reported ? `enligt ${source.short}` : source.short;
}

/**
 * Several sources behind one sentence, short: "1177 Dalarna, utan datum; Socialstyrelsen, utan
 * datum och juni 2014". Each teller once, its dates joined; when a page was read is in the source list.
 */
export function attributions(sources: readonly SourceRef[]): string {
  const [only] = sources;
  if (only && sources.length === 1) return attribution(only);
  const byTeller = new Map<string, string[]>();
  for (const s of sources) {
    const date = isKnown(s.date) ? formatPartialDate(s.date) : 'utan datum';
    const dates = byTeller.get(teller(s)) ?? [];
    if (!dates.includes(date)) dates.push(date);
    byTeller.set(teller(s), dates);
  }
  return [...byTeller].map(([who, dates]) => `${who}, ${formatList(dates)}`).join('; ');
}

/**
 * How old the facts on a page are, from the dates of its sources, for beside "Senast granskad":
 * "Uppgifterna bygger på källor från 2019–2024; 3 källor saknar datum." Undefined for no sources.
 */
export function sourcesAgeText(sources: readonly Pick<SourceRef, 'date'>[]): string | undefined {
  if (sources.length === 0) return undefined;
  const years = sources.filter((s) => isKnown(s.date)).map((s) => Number(s.date.slice(0, 4)));
  const undated = sources.length - years.length;
  const missing =
    undated === 0 ? '' : undated === 1 ? '1 källa saknar datum' : `${undated} källor saknar datum`;
  if (years.length === 0) return `Uppgifterna bygger på källor utan datum.`;
  const from = Math.min(...years);
  const to = Math.max(...years);
  return `Uppgifterna bygger på källor från ${from === to ? from : `${from}–${to}`}${missing ? `; ${missing}` : ''}.`;
}

/** "Lokalt i Dalarna, utan datum, läst 23 november 2026": a fact's attribution where it is shown. */
export function attribution(source: SourceRef): string {
  return `${teller(source)}, ${sourceDateLabel(source)}`;
}
