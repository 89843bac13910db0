/** The directory's filter state, its address form and the match rule. Shared by the page script and tests. */

export interface FilterState {
  kommun: string;
  status: string[];
  tjanst: string[];
  samlokalisering: string;
}

export interface FilterableCentre {
  kommun: string;
  status: string;
  services: string[];
  colocation: string;
}

export const EMPTY_FILTER: FilterState = {
  kommun: '',
  status: [],
  tjanst: [],
  samlokalisering: '',
};

export function parseFilter(search: string): FilterState {
  const params = new URLSearchParams(search);
  return {
    kommun: params.get('kommun') ?? '',
    status: params.getAll('status'),
    tjanst: params.getAll('tjanst'),
    samlokalisering: params.get('samlokalisering') ?? '',
  };
}

/** The query string for a state; empty when nothing is filtered, so the plain address stays shareable. */
export function serializeFilter(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.kommun) params.set('kommun', state.kommun);
  state.status.forEach((s) => params.append('status', s));
  state.tjanst.forEach((s) => params.append('tjanst', s));
  if (state.samlokalisering) params.set('samlokalisering', state.samlokalisering);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Within a group, any checked value matches; across groups, all must match. Every checked service must be present. */
export function matchesFilter(centre: FilterableCentre, state: FilterState): boolean {
  return (
    (!state.kommun || centre.kommun === state.kommun) &&
    (state.status.length === 0 || state.status.includes(centre.status)) &&
    state.tjanst.every((s) => centre.services.includes(s)) &&
    (!state.samlokalisering || centre.colocation === state.samlokalisering)
  );
}

/** The count line; for a kommun with no known centre it says so and points to the kommun's page below. */
export function countText(shown: number, total: number, kommunWithout?: string): string {
  if (kommunWithout)
    return `Ingen familjecentral känd i ${kommunWithout}. Se kommunens sida nedan för närmaste familjecentral och vart du kan gå.`;
  if (shown === total) return `Visar alla ${total} familjecentraler.`;
  if (shown === 0) return `Ingen av ${total} familjecentraler matchar filtret.`;
  return `Visar ${shown} av ${total} familjecentraler.`;
}
