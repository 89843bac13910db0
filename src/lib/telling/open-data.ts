/**
 * The open data (JSON and CSV) told from the same views as the pages: each centre's status with
 * its age and the status line its page shows, whether it counts and by which rule, its week's
 * age; each kommun's status, age, furthest step and source.
 */
import type { SiteContent } from '../content/query';
import { href, routes } from '../paths';
import type { CentreRow } from '../register/open-data';
import { centreSources, centreViewOf, regionKommunViews } from '../register/views';
import { ageLine, weekAgeNote } from './age';
import { stageRows } from './kommun';
import { SV } from './words';
import { isoDay } from '../format.ts';

export function centreRows(site: SiteContent, origin: URL | undefined): CentreRow[] {
  return site.centres.map((c) => {
    const view = centreViewOf(site, c);
    const d = c.data;
    return {
      id: c.id,
      namn: view.name,
      namn_kant: view.nameKnown,
      kommunkod: view.kommun.code,
      kommun: view.kommun.name,
      lan: view.kommun.lanName,
      status: view.status,
      steg: view.stage.stage,
      status_datum: view.age.date ?? null,
      status_aldre_an_tva_ar: view.age.state !== 'ny',
      alder: view.age.state,
      status_text: ageLine(SV, view.age),
      oppnad_ar: view.openingYear,
      typ: view.kind,
      raknas_som_familjecentral: view.counts,
      verksamheter: view.services,
      planerade_verksamheter: view.plannedServices,
      samlokalisering: view.colocation,
      oppen_forskola_timmar_per_vecka: view.week?.hoursPerWeek ?? null,
      program_alder: view.week ? weekAgeNote(SV, view.week.age) : null,
      samordnare: d.organisation.coordinator,
      styrgrupp: d.organisation.steeringGroup,
      gemensam_planeringstid: d.organisation.sharedPlanningTime,
      handelser: d.events.map((e) => ({
        handelse: e.event,
        datum: e.date === 'okänd' ? null : e.date,
        kalla: e.source.id,
      })),
      kallor: centreSources(site, c).map((s) => s.id),
      senast_granskad: isoDay(d.lastReviewed),
      ansvarig: d.owner,
      sida: new URL(href(routes.centre(c.id)), origin).href,
    };
  });
}

export function kommunRows(site: SiteContent, origin: URL | undefined) {
  const stages = new Map(stageRows(site, SV).map((r) => [r.code, r]));
  return regionKommunViews(site).map((k) => {
    const stage = stages.get(k.code);
    return {
      kommunkod: k.code,
      kommun: k.name,
      status: k.situation.status,
      status_text: stage?.statusText ?? null,
      status_datum: k.situation.asOf ?? null,
      status_aldre_an_tva_ar: k.situation.stale,
      alder: k.situation.age?.state ?? null,
      steg: k.situation.stage,
      steg_handelse: stage?.event ?? null,
      steg_datum: stage?.date ?? null,
      steg_daterat: stage?.dated ?? false,
      steg_familjecentral: stage?.centreId ?? null,
      steg_kalla: stage?.source?.id ?? null,
      familjecentraler: k.centres,
      sida: new URL(href(routes.kommun(k.slug)), origin).href,
    };
  });
}
