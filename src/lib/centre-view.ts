/** Plain data about a centre for cards, filters and open data: no Astro types, no rendering. */
import type { BasicService, CentreKind, CentreStatus } from '../schemas/centre';

export const SERVICE_LABELS: Record<BasicService, string> = {
  mvc: 'Mödrahälsovård (MVC)',
  bvc: 'Barnhälsovård (BVC)',
  'oppen-forskola': 'Öppen förskola',
  socialtjanst: 'Socialtjänstens förebyggande verksamhet',
};

export const STATUS_LABELS: Record<CentreStatus, string> = { planerad: 'Planerad', beslutad: 'Beslutad', öppen: 'Öppen', stängd: 'Stängd' };

export const KIND_LABELS: Record<CentreKind, string> = {
  familjecentral: 'Familjecentral',
  familjecentralsliknande: 'Familjecentralsliknande verksamhet',
  okänd: 'Oklart om det är en familjecentral',
};

export type Colocation = 'ja' | 'delvis' | 'nej' | 'okänd';
export const COLOCATION_LABELS: Record<Colocation, string> = {
  ja: 'Fullt samlokaliserad',
  delvis: 'Delvis samlokaliserad',
  nej: 'Inte samlokaliserad',
  okänd: 'Samlokalisering: uppgift saknas',
};

interface ServiceInput {
  service: BasicService;
  colocated: Colocation;
}

/**
 * One word for how far a centre is co-located: "ja" only when all four basic services are
 * listed and each is co-located; "okänd" when nothing is known about any of them.
 */
export function colocationOf(services: readonly ServiceInput[]): Colocation {
  if (services.length === 0 || services.every((s) => s.colocated === 'okänd')) return 'okänd';
  if (services.length === 4 && services.every((s) => s.colocated === 'ja')) return 'ja';
  if (services.some((s) => s.colocated === 'ja' || s.colocated === 'delvis')) return 'delvis';
  if (services.every((s) => s.colocated === 'nej')) return 'nej';
  return 'okänd';
}

export interface CentreCardData {
  id: string;
  name: string;
  nameKnown: boolean;
  kommunCode: string;
  kommunName: string;
  lanName: string;
  /** Slug of the kommun page, when the kommun is in the region. */
  kommunSlug?: string;
  status: CentreStatus;
  kind: CentreKind;
  services: BasicService[];
  colocation: Colocation;
}
