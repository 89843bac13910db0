import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/load-site';
import { calendarFeedFor } from '../../../lib/register/views';

/** A centre's week as a calendar feed, for every centre that has a programme. */
export async function getStaticPaths() {
  const site = await loadSite();
  return site.centres
    .filter((c) => c.data.programme)
    .map((centre) => ({ params: { id: centre.id }, props: { id: centre.id } }));
}

export const GET: APIRoute = async ({ props, site: origin }) => {
  const site = await loadSite();
  const centre = site.centres.find((c) => c.id === props.id)!;
  return new Response(calendarFeedFor(site, [centre], origin, 'centre'), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
