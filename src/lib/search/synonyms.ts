/**
 * Words for the same thing (src/content/synonymer.yaml): a query with one of them searches for
 * each of them, so "tystnadsplikt" finds the pages that say "sekretess" and "öppettider" those
 * that say "veckans program". Pagefind has no synonyms and wants every word of a query, so the
 * search asks it once per way of saying the query (variants) and joins the results (answer.ts).
 * A member of a group may be a phrase of several words; a query's word matches a member's word
 * in any of its forms (tystnadsplikten, tystnadsplikt).
 */
import { sameWord } from './inflection';
import { tokenize } from './words';

/** Each group's members, each member as its words in lower case. */
export type Synonyms = readonly (readonly (readonly string[])[])[];

/** The groups as the content writes them ("veckans program") made into words. */
export function synonymsOf(groups: readonly (readonly string[])[]): Synonyms {
  return groups.map((members) => members.map(tokenize).filter((words) => words.length > 0));
}

/**
 * A query in parts: each part one word of the query, or a run of its words that is a member of a
 * synonym group, with every way to say it: the words as written first, then the group's other
 * members. A word in no group is a part with one way.
 */
/** A part of a query: its words as written, then the other ways to say them. */
export type QueryPart = [string[], ...string[][]];

export function queryParts(words: readonly string[], synonyms: Synonyms): QueryPart[] {
  const parts: QueryPart[] = [];
  let i = 0;
  while (i < words.length) {
    const match = longestMatch(words, i, synonyms);
    if (!match) {
      parts.push([words.slice(i, i + 1)]);
      i += 1;
      continue;
    }
    const written = words.slice(i, i + match.member.length);
    parts.push([written, ...match.group.filter((m) => m !== match.member).map((m) => [...m])]);
    i += match.member.length;
  }
  return parts;
}

/** The longest member of any group that the query's words from `start` on are a form of. */
function longestMatch(words: readonly string[], start: number, synonyms: Synonyms) {
  let best: { group: (typeof synonyms)[number]; member: readonly string[] } | undefined;
  for (const group of synonyms)
    for (const member of group) {
      if (best && member.length <= best.member.length) continue;
      const run = words.slice(start, start + member.length);
      if (run.length === member.length && run.every((w, k) => sameWord(w, member[k] ?? '')))
        best = { group, member };
    }
  return best;
}

/**
 * Every way to say the query, as Pagefind's queries: the query as written first, then each
 * combination of the parts' other ways, at most `limit` in all.
 */
export function variants(parts: readonly (readonly (readonly string[])[])[], limit = 12): string[] {
  let out: string[][] = [[]];
  for (const ways of parts) {
    out = out.flatMap((start) => ways.map((way) => [...start, ...way]));
    if (out.length > limit) out = out.slice(0, limit);
  }
  return out.map((words) => words.join(' '));
}
