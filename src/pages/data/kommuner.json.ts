import type { APIRoute } from 'astro';
import { loadSite } from '../../load-site';
import { kommunRows } from '../../lib/telling/open-data';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  return new Response(JSON.stringify(kommunRows(site, origin), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
