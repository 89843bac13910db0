/** Every source a centre cites, once each: its list and those of its single facts (events, places, hours, activities, whom to ask, more information). */
interface Ref {
  id: string;
}
interface CentreRefs {
  sources: readonly Ref[];
  events: readonly { source: Ref }[];
  visit: readonly { source: Ref }[];
  openPreschool?: { source: Ref };
  activities: readonly { source: Ref }[];
  ask?: { source: Ref };
  moreInfo?: Ref;
}

export function centreSourceIds(d: CentreRefs): { id: string }[] {
  const refs = [
    ...d.sources,
    ...d.events.map((e) => e.source),
    ...d.visit.map((v) => v.source),
    ...(d.openPreschool ? [d.openPreschool.source] : []),
    ...d.activities.map((a) => a.source),
    ...(d.ask ? [d.ask.source] : []),
    ...(d.moreInfo ? [d.moreInfo] : []),
  ];
  return [...new Set(refs.map((r) => r.id))].map((id) => ({ id }));
}
