import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/load-site';
import { kommunStageRows, regionKommunStatuses } from '../../lib/register/views';
import { href, routes } from '../../lib/paths';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  const stages = new Map(kommunStageRows(site).map((r) => [r.code, r]));
  const rows = regionKommunStatuses(site).map((k) => {
    const stage = stages.get(k.code)!;
    return {
      kommunkod: k.code,
      kommun: k.name,
      status: k.status,
      status_text: k.statusText,
      status_datum: k.asOf ?? null,
      status_aldre_an_tva_ar: k.stale,
      steg: stage.stage,
      steg_handelse: stage.event ?? null,
      steg_datum: stage.date,
      steg_familjecentral: stage.centreId ?? null,
      steg_kalla: stage.source?.id ?? null,
      familjecentraler: site.centres.filter((c) => c.data.kommun.id === k.code).map((c) => c.id),
      sida: new URL(href(routes.kommun(k.slug)), origin).href,
    };
  });
  return new Response(JSON.stringify(rows, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
