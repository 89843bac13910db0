import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots';

describe('robots.txt', () => {
  it('lets crawlers into a published site and names its sitemap', () => {
    const text = robotsTxt({ preview: false, sitemapUrl: 'https://example.se/sitemap.xml' });
    expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(text).toContain('\nSitemap: https://example.se/sitemap.xml\n');
    expect(text).not.toContain('Disallow');
  });

  it('keeps crawlers out of a preview, and names no sitemap for it', () => {
    const text = robotsTxt({ preview: true, sitemapUrl: 'http://localhost:4321/sitemap.xml' });
    expect(text).toBe('User-agent: *\nDisallow: /\n');
  });
});
