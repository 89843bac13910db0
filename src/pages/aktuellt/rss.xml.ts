import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../../load-site';
import { citedSources } from '../../lib/content/query';
import { closureItems, feedItems } from '../../lib/site/news-feed';
import { centreViewOf } from '../../lib/register/views';
import { isoDay } from '../../lib/format';
import { buildDay } from '../../lib/build-day';
import { downloads, href, routes } from '../../lib/paths';
import { siteConfig } from '../../lib/content/site-config';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  const closures = site.centres.flatMap((c) =>
    (centreViewOf(site, c).week?.allExceptions ?? []).map((exception) => ({
      centreId: c.id,
      centreName: c.data.name,
      exception,
    })),
  );
  const news = site.news.map((n) => ({
    id: n.id,
    title: n.data.title,
    date: n.data.date,
    text: n.body ?? '',
    sources: citedSources(site, n.data.sources),
  }));
  return rss({
    title: `Aktuellt – ${siteConfig.siteName}`,
    description: `Händelser om familjecentraler i ${siteConfig.region.lanName} och i andra län, med källor.`,
    // The channel links to the Aktuellt page itself, under the base path.
    site: new URL(href(routes.news()), origin).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: [
      ...feedItems(news, (id) => new URL(href(`${routes.news()}#${id}`), origin).href),
      ...closureItems(
        closures,
        (id) => new URL(href(`${routes.centre(id)}#veckans-program`), origin).href,
        isoDay(buildDay()),
      ),
    ],
    customData: `<language>sv-se</language><atom:link href="${new URL(href(downloads.newsFeed), origin).href}" rel="self" type="application/rss+xml"/>`,
  });
};
