// Lighthouse (mobile settings, simulated throttling) with the system Chromium, on a list of pages:
// the four category scores and the layout shift of each.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(urls) {
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const rows = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const { categories, audits } = result.lhr;
      rows.push({
        url,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
        cls: audits['cumulative-layout-shift']?.numericValue ?? null,
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        failing: CATEGORIES.flatMap((c) => categories[c].auditRefs.filter((r) => r.weight > 0 && (audits[r.id].score ?? 1) < 1).map((r) => r.id)),
      });
    }
    return rows;
  } finally {
    chrome.kill();
  }
}
