/**
 * The words a centre entry is written in: statuses, kinds, services, where a service is, and the
 * dated events of a centre's life, each with its Swedish label and what it means for the status
 * and for a kommun's road to a centre. Plain TypeScript without imports, so that Node scripts
 * (npm run check:content) can load it as well as the schema and the pages.
 */

/** Where a centre stands. Closed centres stay in the data so history is not lost. */
export const CENTRE_STATUSES = ['planerad', 'beslutad', 'öppen', 'stängd'] as const;
export type CentreStatus = (typeof CENTRE_STATUSES)[number];
/**
 * Labels in the words of the road's steps (STAGE_LABELS below), so a centre is never "Beslutad" on
 * one page and "Lokaler eller bygge" on another: pages show a centre's step, and a status stands
 * for the steps it covers.
 */
export const STATUS_LABELS: Record<CentreStatus, string> = {
  planerad: 'Samtal, utredning eller avsiktsförklaring',
  beslutad: 'Beslut, lokaler eller bygge',
  öppen: 'Öppen',
  stängd: 'Stängd',
};
/**
 * The status as a code. Words editors write keep their Swedish letters (öppen, stängd, like okänd
 * and ändrad-tid); a code the site makes is ASCII (oppen, stangd): a CSS class, a value in an
 * address, and the statuses derived from a centre's (the road's steps, a kommun's status, what a
 * follow-up covers). This is the one place a status becomes a code.
 */
export const STATUS_CODES = {
  planerad: 'planerad',
  beslutad: 'beslutad',
  öppen: 'oppen',
  stängd: 'stangd',
} as const satisfies Record<CentreStatus, string>;

export const CENTRE_KINDS = ['familjecentral', 'familjecentralsliknande', 'okänd'] as const;
export type CentreKind = (typeof CENTRE_KINDS)[number];
export const KIND_LABELS: Record<CentreKind, string> = {
  familjecentral: 'Familjecentral',
  familjecentralsliknande: 'Familjecentralsliknande verksamhet',
  okänd: 'Oklart om det är en familjecentral',
};

/** The four basic services of a family centre. */
export const BASIC_SERVICES = ['mvc', 'bvc', 'oppen-forskola', 'socialtjanst'] as const;
export type BasicService = (typeof BASIC_SERVICES)[number];
export const SERVICE_LABELS: Record<BasicService, string> = {
  mvc: 'Mödrahälsovård (MVC)',
  bvc: 'Barnhälsovård (BVC)',
  'oppen-forskola': 'Öppen förskola',
  socialtjanst: 'Socialtjänstens förebyggande verksamhet',
};

export const HUVUDMAN = ['region', 'kommun', 'privat', 'idéburen', 'delat', 'okänd'] as const;
export type Huvudman = (typeof HUVUDMAN)[number];
export const HUVUDMAN_LABELS: Record<Huvudman, string> = {
  region: 'Regionen',
  kommun: 'Kommunen',
  privat: 'Privat',
  idéburen: 'Idéburen organisation',
  delat: 'Delat ansvar',
  okänd: 'Uppgift saknas',
};

/** Where a service is: in the centre's shared premises, somewhere else (named), or not known. */
export const SERVICE_LOCATIONS = ['i-centralen', 'annan-plats', 'okänd'] as const;
export type ServiceLocation = (typeof SERVICE_LOCATIONS)[number];
export const LOCATION_LABELS: Record<ServiceLocation, string> = {
  'i-centralen': 'I familjecentralens lokaler',
  'annan-plats': 'På en annan plats',
  okänd: 'Uppgift saknas',
};

/** How far a centre is co-located, computed from where its services are (never typed). */
export const COLOCATIONS = ['ja', 'delvis', 'nej', 'okänd'] as const;
export type Colocation = (typeof COLOCATIONS)[number];
export const COLOCATION_LABELS: Record<Colocation, string> = {
  ja: 'Alla fyra grundverksamheter i familjecentralens lokaler',
  delvis: 'Några grundverksamheter i familjecentralens lokaler',
  nej: 'Grundverksamheterna finns på olika platser',
  okänd: 'Var grundverksamheterna finns: uppgift saknas',
};

export const JA_NEJ_OKAND = ['ja', 'nej', 'okänd'] as const;
export type JaNejOkand = (typeof JA_NEJ_OKAND)[number];
export const JA_NEJ_LABELS: Record<JaNejOkand, string> = {
  ja: 'Ja',
  nej: 'Nej',
  okänd: 'Uppgift saknas',
};

/**
 * The steps on a kommun's road to a family centre, in order, as in the chapter "Starta en
 * familjecentral"; "stangd" is kept as history, "ingen" is where no step is known.
 */
export const STAGES = [
  'ingen',
  'samtal',
  'avsiktsforklaring',
  'beslut',
  'lokaler',
  'oppen',
  'stangd',
] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  ingen: 'Inget känt steg',
  samtal: 'Samtal eller utredning',
  avsiktsforklaring: 'Avsiktsförklaring',
  beslut: 'Beslut',
  lokaler: 'Lokaler eller bygge',
  oppen: 'Öppen',
  stangd: 'Stängd',
};

/** Dated events in a centre's life, each with the status it leaves the centre in and the stage it reaches. */
export const CENTRE_EVENTS = [
  'utredning',
  'avsiktsforklaring',
  'beslut',
  'lokaler',
  'planerad-oppning',
  'oppnad',
  'invigd',
  'i-drift',
  'stangd',
] as const;
export type CentreEvent = (typeof CENTRE_EVENTS)[number];
export const EVENT_LABELS: Record<CentreEvent, string> = {
  utredning: 'Samtal eller utredning',
  avsiktsforklaring: 'Avsiktsförklaring',
  beslut: 'Beslut',
  lokaler: 'Lokaler eller bygge',
  'planerad-oppning': 'Planerad öppning',
  oppnad: 'Öppnad',
  invigd: 'Invigd',
  'i-drift': 'Verksam enligt källan',
  stangd: 'Stängd',
};
/** The status an event leaves a centre in; null for an event that is a plan, not a step taken. */
export const EVENT_STATUS: Record<CentreEvent, CentreStatus | null> = {
  utredning: 'planerad',
  avsiktsforklaring: 'planerad',
  beslut: 'beslutad',
  lokaler: 'beslutad',
  'planerad-oppning': null,
  oppnad: 'öppen',
  invigd: 'öppen',
  'i-drift': 'öppen',
  stangd: 'stängd',
};
export const EVENT_STAGE: Record<CentreEvent, Stage | null> = {
  utredning: 'samtal',
  avsiktsforklaring: 'avsiktsforklaring',
  beslut: 'beslut',
  lokaler: 'lokaler',
  'planerad-oppning': null,
  oppnad: 'oppen',
  invigd: 'oppen',
  'i-drift': 'oppen',
  stangd: 'stangd',
};

/** Weekdays for opening hours, Monday first. */
export const WEEKDAYS = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mån: 'måndag',
  tis: 'tisdag',
  ons: 'onsdag',
  tor: 'torsdag',
  fre: 'fredag',
  lör: 'lördag',
  sön: 'söndag',
};

/** A day that differs from a centre's regular week: closed, or other hours. */
export const EXCEPTION_KINDS = ['stängt', 'ändrad-tid'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];
export const EXCEPTION_LABELS: Record<ExceptionKind, string> = {
  stängt: 'Stängt',
  'ändrad-tid': 'Ändrad tid',
};
