/**
 * The review page's sentences (/redaktion/granskning/), in words an editor reads: who says it and
 * as of when, with Swedish dates, never a file name or an ISO date. Pure.
 */
import { formatPartialDate } from '../format';
import type { SourceRef } from '../source-view';

/** The source by who tells it and its name: "Botkyrka kommun (”Nu öppnar familjecentralen”)". */
function named(source: Pick<SourceRef, 'name' | 'isTitle' | 'short'>): string {
  return `${source.short} (${source.isTitle ? `”${source.name}”` : source.name})`;
}

/**
 * What a centre's status rests on: "läget 27 januari 2021 enligt Botkyrka kommun (”…”)", or for an
 * undated source "enligt Hedemora kommun (”…”), en källa utan datum".
 */
export function statusBasis(
  asOf: string | undefined,
  source: Pick<SourceRef, 'name' | 'isTitle' | 'short'>,
): string {
  return asOf
    ? `läget ${formatPartialDate(asOf)} enligt ${named(source)}`
    : `enligt ${named(source)}, en källa utan datum`;
}

/** A session's last day: "till och med 19 december 2026". */
export function untilText(day: string): string {
  return `till och med ${formatPartialDate(day)}`;
}

/** A translated field of a centre, in words: "anteckningen till kontaktuppgift 1". */
export function centreFieldInWords(field: string): string {
  const [, index, part] = /^contact\[(\d+)\]\.(label|note)$/.exec(field) ?? [];
  if (index === undefined) return field;
  return `${part === 'label' ? 'beskrivningen av' : 'anteckningen till'} kontaktuppgift ${Number(index) + 1}`;
}
