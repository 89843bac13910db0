/**
 * Figures that say how old they are: things counted (open centres, kommuner with a centre) are
 * grouped by the year of the fact each rests on, so a headline reads "2 enligt uppgifter från
 * 2023–2024, 7 enligt uppgifter från 2019 – senare uppgift saknas" instead of "9". Pure.
 */
import { isKnown } from '../../schemas/partial-date';

export interface DatedFact {
  /** When the fact holds (a partial date); undefined when it rests on an undated source. */
  date?: string;
  /** True when the fact is older than the site lets a status count as today's (or undated). */
  stale: boolean;
}

export interface AgeGroup {
  /** First and last year of the group; both undefined for facts without a date. */
  from?: number;
  to?: number;
  count: number;
  /** True when every fact in the group is stale: the group is shown "– senare uppgift saknas". */
  stale: boolean;
}

/**
 * Groups facts by year, newest first, merging years that follow one another (2023 and 2024 make
 * "2023–2024"; 2019 and 2023 stay apart), with the undated ones last.
 */
export function ageGroups(facts: readonly DatedFact[]): AgeGroup[] {
  const byYear = new Map<number, DatedFact[]>();
  const undated: DatedFact[] = [];
  for (const fact of facts) {
    if (isKnown(fact.date)) {
      const year = Number(fact.date.slice(0, 4));
      byYear.set(year, [...(byYear.get(year) ?? []), fact]);
    } else undated.push(fact);
  }
  const groups: { from: number; to: number; facts: DatedFact[] }[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => b - a)) {
    const last = groups.at(-1);
    if (last && last.from === year + 1) {
      last.from = year;
      last.facts.push(...byYear.get(year)!);
    } else groups.push({ from: year, to: year, facts: [...byYear.get(year)!] });
  }
  const result: AgeGroup[] = groups.map((g) => ({
    from: g.from,
    to: g.to,
    count: g.facts.length,
    stale: g.facts.every((f) => f.stale),
  }));
  if (undated.length > 0) result.push({ count: undated.length, stale: true });
  return result;
}
