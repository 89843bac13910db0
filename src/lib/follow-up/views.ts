/**
 * View models of the follow-up: each centre's or kommun's yearly answers as plain facts, the
 * centres whose follow-up is expected, what the self-assessment can be saved for, and the
 * county's figures year by year.
 */
import { byId, indexBy, type SiteContent } from '../content/query';
import { centreFacts, plainEvents } from '../register/views';
import { countsAsOpen } from '../register/coverage';
import { centreStage } from '../register/stages';
import { compareSv, kommunName } from '../format';
import { kommunSlug } from '../slug';
import { followUpYears, type FollowUpFacts } from './figures';

/** The centres' follow-ups as plain facts, and the county's figures year by year. */
export function followUpFacts(site: SiteContent): FollowUpFacts[] {
  const factOf = indexBy(centreFacts(site), (f) => f.id);
  return site.followUp.map((f) => {
    const kommunNameText = byId(site.kommuner, f.data.kommun.id).data.name;
    const centre = f.data.centre && byId(site.centres, f.data.centre.id);
    const covers = !centre ? 'ingen' : countsAsOpen(factOf(centre.id)) ? 'oppen' : 'planerad';
    return {
      kommun: f.data.kommun.id,
      kommunName: kommunNameText,
      ...(centre && { centre: centre.id, centreName: centre.data.name }),
      covers,
      label: centre
        ? covers === 'planerad'
          ? `${centre.data.name} (planerad)`
          : centre.data.name
        : `${kommunName(kommunNameText)} (ingen familjecentral ännu)`,
      year: f.data.year,
      answeredBy: f.data.answeredBy,
      answers: f.data.answers,
      openPreschoolHours: f.data.openPreschoolHours,
      socialServicesHours: f.data.socialServicesHours,
      documents: {
        workPlan: f.data.workPlan,
        annualReport: f.data.annualReport,
        visitorSurvey: f.data.visitorSurvey,
      },
    } as const;
  });
}

/** The region's open centres, by name: those whose follow-up is expected each year. */
export function followUpCentres(site: SiteContent): { id: string; name: string }[] {
  const factOf = indexBy(centreFacts(site), (f) => f.id);
  const regionIds = new Set(site.regionKommuner.map((k) => k.id));
  return site.centres
    .filter((c) => regionIds.has(c.data.kommun.id) && countsAsOpen(factOf(c.id)))
    .map((c) => ({ id: c.id, name: c.data.name }))
    .sort((a, b) => compareSv(a.name, b.name));
}

/**
 * What the self-assessment can be saved for: each kommun of the region with its centres, open or
 * on the way (a closed centre has none to follow up); a kommun without any answers for itself.
 */
export function assessmentTargets(site: SiteContent): {
  code: string;
  name: string;
  slug: string;
  centres: { id: string; name: string; planned: boolean }[];
}[] {
  const factOf = indexBy(centreFacts(site), (f) => f.id);
  return site.regionKommuner.map((k) => ({
    code: k.id,
    name: k.data.name,
    slug: kommunSlug(k),
    centres: site.centres
      .filter((c) => c.data.kommun.id === k.id)
      .map((c) => ({ c, f: factOf(c.id) }))
      .filter(
        ({ c }) =>
          centreStage({
            id: c.id,
            name: c.data.name,
            kommun: k.id,
            kind: c.data.kind,
            events: plainEvents(c),
          }).stage !== 'stangd',
      )
      .map(({ c, f }) => ({ id: c.id, name: c.data.name, planned: !countsAsOpen(f) }))
      .sort((a, b) => compareSv(a.name, b.name)),
  }));
}

export function followUpFigures(site: SiteContent) {
  const expected = followUpCentres(site);
  const baselines = Object.fromEntries(
    site.assessment.flatMap((q) => (q.data.baseline ? [[q.id, q.data.baseline]] : [])),
  );
  return followUpYears(followUpFacts(site), expected, baselines);
}
