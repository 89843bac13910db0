/** Example centres outside the region, grouped by län, for the map of Sweden. */
import { compareSv } from '../format';
export interface ExampleCentre {
  id: string;
  name: string;
  lanCode: string;
}

export interface LanExamples {
  lanCode: string;
  centres: { id: string; name: string }[];
}

/** Län other than the region's that have example centres, by län code; centres by name within each. */
export function lanWithExamples(
  centres: readonly ExampleCentre[],
  regionLanCode: string,
): LanExamples[] {
  const byLan = new Map<string, { id: string; name: string }[]>();
  for (const c of centres) {
    if (c.lanCode === regionLanCode) continue;
    byLan.set(c.lanCode, [...(byLan.get(c.lanCode) ?? []), { id: c.id, name: c.name }]);
  }
  return [...byLan.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lanCode, list]) => ({
      lanCode,
      centres: list.sort((a, b) => compareSv(a.name, b.name)),
    }));
}
