/** The open-data files: the same facts as the pages, as rows. Pure functions. */
import { toCsv } from '../csv';

export interface CentreRow {
  id: string;
  namn: string;
  namn_kant: boolean;
  kommunkod: string;
  kommun: string;
  lan: string;
  status: string;
  /** The furthest step the events record (stages.ts): the words pages show. */
  steg: string;
  /** As of when the status is known (a partial date), null when the source is undated. */
  status_datum: string | null;
  /** True when the status is more than two years old or undated: shown "as of then" on the site. */
  status_aldre_an_tva_ar: boolean;
  /** The age of the status: ny, aldre or odaterad (fact-age.ts). */
  alder: string;
  /** The status line the centre's page shows, with its age and source. */
  status_text: string;
  /** The year the centre opened, by the event that dates its open step; null when not known. */
  oppnad_ar: number | null;
  typ: string;
  /** The site's one counting rule (countsAsFamilyCentre): whether the figures count this unit. */
  raknas_som_familjecentral: boolean;
  verksamheter: string[];
  planerade_verksamheter: string[];
  samlokalisering: string;
  oppen_forskola_timmar_per_vecka: number | null;
  /** The age of the week's programme, as the page says it; null without a programme. */
  program_alder: string | null;
  samordnare: string;
  styrgrupp: string;
  gemensam_planeringstid: string;
  handelser: { handelse: string; datum: string | null; kalla: string }[];
  kallor: string[];
  senast_granskad: string;
  ansvarig: string;
  sida: string;
}

/**
 * What each column means. A column copied from a content field says which field, and the data
 * page shows that field's own help and allowed values from the schema; a computed column says
 * here how it is computed.
 */
export const CENTRE_COLUMNS: Record<keyof CentreRow, { field: string } | { doc: string }> = {
  id: { doc: 'Postens id, samma som i sidans adress.' },
  namn: { field: 'name' },
  namn_kant: { field: 'nameKnown' },
  kommunkod: { field: 'kommun' },
  kommun: { doc: 'Kommunens namn.' },
  lan: { doc: 'Länets namn.' },
  status: { field: 'status' },
  steg: {
    doc: 'Det längsta steget som centralens händelser visar, samma ord som sidorna använder: samtal, avsiktsforklaring, beslut, lokaler, oppen eller stangd.',
  },
  status_datum: {
    doc: 'Från när statusen är känd (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD): den senaste händelsens datum, annars dess källas; tomt (null) när källan saknar datum.',
  },
  status_aldre_an_tva_ar: {
    doc: 'true när statusen bygger på en källa som är mer än två år gammal eller saknar datum; sidan visar då läget som det var.',
  },
  alder: {
    doc: 'Hur gammal uppgiften bakom statusen är: ny (högst två år), aldre (äldre) eller odaterad (ingen daterad källa). Samma ålder som sidan, listorna, kartan och kalendern visar.',
  },
  status_text: {
    doc: 'Raden under statusen på centralens sida: uppgiftens månad och källa, och att senare uppgift saknas när den är gammal.',
  },
  oppnad_ar: {
    doc: 'Året då centralen öppnade, enligt den händelse som daterar steget öppen (öppnad, invigd eller en planerad öppning efter den första källan som säger att den är verksam); tomt (null) när bara en källa som säger att den är verksam finns.',
  },
  typ: { field: 'kind' },
  raknas_som_familjecentral: {
    doc: 'true när webbplatsens siffror räknar enheten som familjecentral: när huvudmännen själva kallar den familjecentral (typ familjecentral), oavsett hur samlokaliserad den är. Samma regel ger startsidans siffror, målen, kartan och listorna.',
  },
  verksamheter: {
    doc: 'Grundverksamheterna i drift (services utan planned): mvc, bvc, oppen-forskola, socialtjanst; i CSV åtskilda med |.',
  },
  planerade_verksamheter: { doc: 'Grundverksamheter som är planerade men inte kända att finnas.' },
  samlokalisering: {
    doc: 'Räknas fram ur var verksamheterna finns: ja (alla fyra i familjecentralens lokaler), delvis, nej (på olika platser) eller okänd.',
  },
  oppen_forskola_timmar_per_vecka: {
    doc: 'Öppna förskolans timmar i veckan, räknade ur de ordinarie öppettiderna; tomt (null) när de inte är kända.',
  },
  program_alder: {
    doc: 'Vad sidan säger om veckans program: uppgiftens månad och källa, och att man ska fråga innan man går när den är gammal; tomt (null) utan program.',
  },
  samordnare: { field: 'organisation.coordinator' },
  styrgrupp: { field: 'organisation.steeringGroup' },
  gemensam_planeringstid: { field: 'organisation.sharedPlanningTime' },
  handelser: {
    doc: 'Daterade händelser (bara i JSON): handelse, datum (null när det saknas) och kalla (källans id).',
  },
  kallor: {
    doc: 'Id för alla källor som posten och dess enskilda uppgifter bygger på; se sidan Källor.',
  },
  senast_granskad: { field: 'lastReviewed' },
  ansvarig: { field: 'owner' },
  sida: { doc: 'Adressen till centralens sida.' },
};

const CSV_COLUMNS = [
  'id',
  'namn',
  'namn_kant',
  'kommunkod',
  'kommun',
  'lan',
  'status',
  'steg',
  'status_datum',
  'status_aldre_an_tva_ar',
  'alder',
  'status_text',
  'oppnad_ar',
  'typ',
  'raknas_som_familjecentral',
  'verksamheter',
  'planerade_verksamheter',
  'samlokalisering',
  'oppen_forskola_timmar_per_vecka',
  'program_alder',
  'samordnare',
  'styrgrupp',
  'gemensam_planeringstid',
  'kallor',
  'senast_granskad',
  'ansvarig',
  'sida',
] as const satisfies readonly (keyof CentreRow)[];

export function centresCsv(rows: readonly CentreRow[]): string {
  return toCsv(rows, CSV_COLUMNS);
}

export { CSV_COLUMNS };
