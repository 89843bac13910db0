/**
 * The site's robots.txt. A published build lets every crawler in and names its sitemap; the pages
 * editors alone use say noindex themselves (BaseLayout), so a crawler must be let in to read it. A
 * preview, built without a published address, keeps crawlers out: it says on every page that it is
 * not the published site, and indexed it would stand beside that site with the same words. Pure.
 */
export function robotsTxt(site: { preview: boolean; sitemapUrl: string }): string {
  return site.preview
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n\nSitemap: ${site.sitemapUrl}\n`;
}
