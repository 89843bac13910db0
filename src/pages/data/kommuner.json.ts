import type { APIRoute } from 'astro';
import { loadSite, regionKommunStatuses } from '../../lib/content';
import { href, routes } from '../../lib/paths';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  const rows = regionKommunStatuses(site).map((k) => ({
    kommunkod: k.code,
    kommun: k.name,
    status: k.status,
    familjecentraler: site.centres.filter((c) => c.data.kommun.id === k.code).map((c) => c.id),
    sida: new URL(href(routes.kommun(k.slug)), origin).href,
  }));
  return new Response(JSON.stringify(rows, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
