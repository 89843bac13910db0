import type { APIRoute } from 'astro';
import { loadSite } from '../../load-site';
import { centreRows } from '../../lib/telling/open-data';
import { centresCsv } from '../../lib/register/open-data';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  return new Response(centresCsv(centreRows(site, origin)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
