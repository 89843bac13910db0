/** The open-data files: the same facts as the pages, as rows. Pure functions. */

export interface CentreRow {
  id: string;
  namn: string;
  namn_kant: boolean;
  kommunkod: string;
  kommun: string;
  lan: string;
  status: string;
  /** As of when the status is known (a partial date), null when the source is undated. */
  status_datum: string | null;
  /** True when the status is more than two years old or undated: shown "as of then" on the site. */
  status_aldre_an_tva_ar: boolean;
  typ: string;
  verksamheter: string[];
  planerade_verksamheter: string[];
  samlokalisering: string;
  oppen_forskola_timmar_per_vecka: number | null;
  samordnare: string;
  styrgrupp: string;
  gemensam_planeringstid: string;
  handelser: { handelse: string; datum: string | null; kalla: string }[];
  kallor: string[];
  senast_granskad: string;
  ansvarig: string;
  sida: string;
}

const CSV_COLUMNS: (keyof CentreRow)[] = ['id', 'namn', 'namn_kant', 'kommunkod', 'kommun', 'lan', 'status', 'status_datum', 'status_aldre_an_tva_ar', 'typ', 'verksamheter', 'planerade_verksamheter', 'samlokalisering', 'oppen_forskola_timmar_per_vecka', 'samordnare', 'styrgrupp', 'gemensam_planeringstid', 'kallor', 'senast_granskad', 'ansvarig', 'sida'];

/** One CSV field (RFC 4180): quoted when it holds a separator, quote or line break; lists joined with "|". */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('|') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function centresCsv(rows: readonly CentreRow[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => csvField(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export { CSV_COLUMNS };
