/**
 * How the directory is split so that no page carries every centre: the region's own centres on
 * /familjecentraler/, grouped by kommun; every other län on a page of its own listing its kommuner;
 * every kommun outside the region on a page with its centres. Pure: cards in, groups out.
 */
import { compareSv } from '../format';
import { slugify } from '../slug';

/** What the split needs of a centre; a centre's card data (card.ts) has it. */
export interface DirectoryCentre {
  id: string;
  name: string;
  kommunCode: string;
  kommunName: string;
  lanCode: string;
  lanName: string;
}

export interface KommunGroup<C extends DirectoryCentre = DirectoryCentre> {
  code: string;
  name: string;
  slug: string;
  cards: C[];
}

export interface LanGroup<C extends DirectoryCentre = DirectoryCentre> {
  code: string;
  name: string;
  slug: string;
  count: number;
  kommuner: KommunGroup<C>[];
}

function byKommun<C extends DirectoryCentre>(cards: readonly C[]): KommunGroup<C>[] {
  const codes = [...new Set(cards.map((c) => c.kommunCode))];
  return codes
    .map((code) => {
      const inGroup = cards
        .filter((c) => c.kommunCode === code)
        .sort((a, b) => compareSv(a.name, b.name));
      return {
        code,
        name: inGroup[0].kommunName,
        slug: slugify(inGroup[0].kommunName),
        cards: inGroup,
      };
    })
    .sort((a, b) => compareSv(a.name, b.name));
}

/** The region's centres by kommun, for the directory page. */
export function regionGroups<C extends DirectoryCentre>(
  cards: readonly C[],
  regionLan: string,
): KommunGroup<C>[] {
  return byKommun(cards.filter((c) => c.lanCode === regionLan));
}

/** Every other län with centres, each with its kommuner, in Swedish alphabetical order. */
export function otherLan<C extends DirectoryCentre>(
  cards: readonly C[],
  regionLan: string,
): LanGroup<C>[] {
  const others = cards.filter((c) => c.lanCode !== regionLan);
  const codes = [...new Set(others.map((c) => c.lanCode))];
  return codes
    .map((code) => {
      const inLan = others.filter((c) => c.lanCode === code);
      return {
        code,
        name: inLan[0].lanName,
        slug: slugify(inLan[0].lanName),
        count: inLan.length,
        kommuner: byKommun(inLan),
      };
    })
    .sort((a, b) => compareSv(a.name, b.name));
}

/** "1 familjecentral", "3 familjecentraler". */
export const centreCount = (n: number) => `${n} ${n === 1 ? 'familjecentral' : 'familjecentraler'}`;
