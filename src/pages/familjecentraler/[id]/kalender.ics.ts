import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../load-site';
import { calendarFeedFor } from '../../../lib/telling/calendar';

/** A centre's week as a calendar feed, for every centre that has a programme. */
export async function getStaticPaths() {
  const site = await loadSite();
  return site.centres
    .filter((c) => c.data.programme)
    .map((centre) => ({ params: { id: centre.id }, props: { centre } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site: origin }) => {
  const site = await loadSite();
  return new Response(calendarFeedFor(site, [props.centre], origin, 'centre'), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
