import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

// Every page must carry what a browser, a screen reader and a search engine rely on.
describe.each(builtPages().map((p) => [p.url, p] as const))('%s', (_url, page) => {
  it('is in Swedish', () => expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('sv'));
  it('has exactly one h1', () => expect(page.root.querySelectorAll('h1')).toHaveLength(1));
  it('has a title and a meta description', () => {
    expect(page.root.querySelector('title')?.text.trim().length).toBeGreaterThan(3);
    expect(page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length).toBeGreaterThan(10);
  });
  it('has a canonical address and Open Graph title', () => {
    expect(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(page.root.querySelector('meta[property="og:title"]')).not.toBeNull();
  });
  it('has a skip link to main, and main', () => {
    expect(page.root.querySelector('a.fc-skip-link')?.getAttribute('href')).toBe('#innehall');
    expect(page.root.querySelector('main#innehall')).not.toBeNull();
  });
});
