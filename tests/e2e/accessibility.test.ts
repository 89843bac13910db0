import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteUnderTest } from '../support/browser';
import { builtPages } from '../support/dist';

// axe-core over every built page, in light and dark colour scheme, at a phone and a desktop width.
// No rule is disabled. The same visit fails on any request that leaves the site and on any cookie.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = [
  { name: 'telefon', width: 375, height: 800 },
  { name: 'dator', width: 1280, height: 900 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

let site: SiteUnderTest;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
    .join('\n');
}

const urls = builtPages()
  .map((p) => p.url)
  .filter((url) => url !== '/404.html');

// Pages are checked a few at a time in one Chromium; each check has its own browser context.
describe.concurrent.each(urls)('%s', (url) => {
  it('has no WCAG 2.1 A/AA violations in either colour scheme at phone and desktop width, and stays on this site', async () => {
    const { page, requests } = await site.open(url, { viewport: WIDTHS[0] });
    await page.waitForLoadState('networkidle');
    const failures: string[] = [];
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        if (violations.length) failures.push(`${size.name}, ${scheme}:\n${describeViolations(violations)}`);
      }
    }
    expect(failures.join('\n\n')).toBe('');
    expect(requests.filter((r) => !r.startsWith(site.origin))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    await page.context().close();
  });
});
