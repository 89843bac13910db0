import type { APIRoute } from 'astro';
import { siteConfig } from '../lib/content/site-config';
import { href } from '../lib/paths';
import { robotsTxt } from '../lib/site/robots';

/** robots.txt: crawlers in, with the sitemap, on a published build; out of a preview (src/lib/site/robots.ts). */
export const GET: APIRoute = ({ site: origin }) =>
  new Response(
    robotsTxt({
      preview: siteConfig.site.preview,
      sitemapUrl: new URL(href('/sitemap.xml'), origin).href,
    }),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
