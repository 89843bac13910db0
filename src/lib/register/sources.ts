/**
 * Every source a centre cites, once each: its list and those of its single facts (events,
 * places, the week's programme, contact items, activities, whom to ask, more information),
 * found from the data itself, so a source field added to the schema is cited without a change here.
 */
import { findReferences } from '../content/references';

export function centreSourceIds(data: { sources: unknown }): { id: string }[] {
  // The entry's own list first, in its order; then the sources of its single facts.
  const ids = [...findReferences(data.sources), ...findReferences(data)]
    .filter((r) => r.collection === 'sources')
    .map((r) => r.id);
  return [...new Set(ids)].map((id) => ({ id }));
}
