import type { APIRoute } from 'astro';
import { loadSite } from '../load-site';
import { href } from '../lib/paths';
import { siteIndex } from '../lib/site/pages';

/** sitemap.xml from the same page list as the A–Ö index, so the two cannot disagree. */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await loadSite();
  const urls = siteIndex(site).map(
    (p) => `  <url><loc>${new URL(href(p.path), origin).href}</loc></url>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
