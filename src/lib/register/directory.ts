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

/** The cards by a key, in the order each key first comes; a group holds at least its first card. */
function groupBy<C>(cards: readonly C[], key: (card: C) => string): { first: C; all: C[] }[] {
  const groups = new Map<string, { first: C; all: C[] }>();
  for (const card of cards) {
    const group = groups.get(key(card));
    if (group) group.all.push(card);
    else groups.set(key(card), { first: card, all: [card] });
  }
  return [...groups.values()];
}

function byKommun<C extends DirectoryCentre>(cards: readonly C[]): KommunGroup<C>[] {
  return groupBy(cards, (c) => c.kommunCode)
    .map(({ first, all }) => ({
      code: first.kommunCode,
      name: first.kommunName,
      slug: slugify(first.kommunName),
      cards: all.sort((a, b) => compareSv(a.name, b.name)),
    }))
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
  return groupBy(others, (c) => c.lanCode)
    .map(({ first, all }) => {
      return {
        code: first.lanCode,
        name: first.lanName,
        slug: slugify(first.lanName),
        count: all.length,
        kommuner: byKommun(all),
      };
    })
    .sort((a, b) => compareSv(a.name, b.name));
}

/** "1 familjecentral", "3 familjecentraler". */
export const centreCount = (n: number) => `${n} ${n === 1 ? 'familjecentral' : 'familjecentraler'}`;
