// Lighthouse (mobile settings, simulated throttling) with the system Chromium, on a list of pages:
// the four category scores and the layout shift of each.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** One page's scores (0–100 per category), layout shift, largest paint and the audits below 1. */
export type LighthouseRow = Record<Category, number> & {
  url: string;
  cls: number | null;
  lcpMs: number;
  failing: string[];
};

export async function lighthouseScores(urls: readonly string[]): Promise<LighthouseRow[]> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const rows: LighthouseRow[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (c: Category) => Math.round((categories[c]?.score ?? 0) * 100);
      rows.push({
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        cls: audits['cumulative-layout-shift']?.numericValue ?? null,
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        failing: CATEGORIES.flatMap((c) =>
          (categories[c]?.auditRefs ?? [])
            .filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1)
            .map((r) => r.id),
        ),
      });
    }
    return rows;
  } finally {
    chrome.kill();
  }
}
