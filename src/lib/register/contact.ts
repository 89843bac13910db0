/**
 * How a parent reaches a centre or a kommun: each contact item with a link a phone can act on
 * (tel:, mailto:, a map, a web page) and its source; and, where the centre's own number is not
 * known, the next step a person can take. Facts only: the words a page says about them (labels,
 * "Ring …", who says it) are the telling's (src/lib/telling/). Pure.
 */
import type { ContactKind } from '../../schemas/contact';
import type { SourceRef } from '../source-view';

export interface ContactInput {
  kind: ContactKind;
  value: string;
  label?: string;
  hours?: string;
  note?: string;
  source: SourceRef;
}

export interface ContactRow {
  kind: ContactKind;
  /** The item's own label in the content ("Växel", "Kontaktcenter"); the kind's name is said where it has none. */
  label?: string;
  value: string;
  /** The value as shown: a phone number kept on one line. */
  display: string;
  /** tel:, mailto:, a map search or the page itself. */
  href: string;
  hours?: string;
  note?: string;
  source: SourceRef;
}

/** "0226-64 50 00" → "+46226645000": the form every phone dials. */
export function telHref(number: string): string {
  const digits = number.replace(/\D/g, '');
  return `tel:+46${digits.replace(/^0/, '')}`;
}

/** A phone number that does not break over two lines: no-break spaces and a non-breaking hyphen. */
export const phoneText = (number: string) => number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

/** A link to the address on OpenStreetMap: a link only, nothing on the page loads from there. */
export const mapHref = (address: string) =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;

export function contactRows(items: readonly ContactInput[]): ContactRow[] {
  return items.map((item) => {
    const base = {
      display: item.value,
      kind: item.kind,
      label: item.label,
      value: item.value,
      hours: item.hours,
      note: item.note,
      source: item.source,
    };
    switch (item.kind) {
      case 'telefon':
        return { ...base, display: phoneText(item.value), href: telHref(item.value) };
      case 'e-post':
        return { ...base, href: `mailto:${item.value}` };
      case 'besoksadress':
        return { ...base, href: mapHref(item.value) };
      default:
        return { ...base, href: item.value };
    }
  });
}

export interface NextStep {
  /** Call the kommun on this number and ask for the family centre. */
  phone?: ContactRow;
  /** Else: see the kommun's web site (or ask at BVC). */
  web?: ContactRow;
}

/**
 * What to do when the centre's own number is not known: call the kommun's switchboard when its
 * number is known; else look at the kommun's web site when known. Undefined when the centre has
 * a number of its own, or when nothing about the kommun is known either (the page then points to
 * finding BVC on 1177).
 */
export function nextStep(
  centre: readonly ContactRow[],
  kommun: readonly ContactRow[],
): NextStep | undefined {
  if (centre.some((r) => r.kind === 'telefon')) return undefined;
  const phone = kommun.find((r) => r.kind === 'telefon');
  if (phone) return { phone };
  const web = kommun.find((r) => r.kind === 'webbplats');
  if (web) return { web };
  return undefined;
}
