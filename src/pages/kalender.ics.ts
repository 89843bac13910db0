import type { APIRoute } from 'astro';
import { loadSite } from '../load-site';
import { calendarFeedFor } from '../lib/telling/calendar';

/** Every centre's week in one calendar feed: the region's, with each event named by its centre. */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  return new Response(
    calendarFeedFor(
      site,
      site.centres.filter((c) => c.data.programme),
      origin,
      'region',
    ),
    { headers: { 'content-type': 'text/calendar; charset=utf-8' } },
  );
};
