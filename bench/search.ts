// In Chromium: the search page with a query typed, the time from submitting it to the first
// result on the page, and every byte fetched for the page and the search (the page itself, its
// style and script, Pagefind's script, WebAssembly and the index parts and results it reads).
import { chromium } from 'playwright-core';

export async function searchTiming(origin: string, query: string, runs = 5) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ locale: 'sv-SE' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let fetched = 0;
      cdp.on('Network.loadingFinished', (e) => (fetched += e.encodedDataLength));
      await page.goto(`${origin}/sok/`);
      await page.waitForSelector('#fc-search[data-ready]');
      // Typed as a visitor types it; the clock starts when the search is submitted.
      await page.locator('#fc-search-q').pressSequentially(query, { delay: 60 });
      const ms = await page.evaluate(async () => {
        const list = document.querySelector('#fc-search-results');
        const form = document.querySelector('#fc-search');
        if (!list || !(form instanceof HTMLFormElement))
          throw new Error(
            'The search page has changed: no #fc-search form or #fc-search-results list',
          );
        const started = performance.now();
        const first = new Promise<number>((done) =>
          new MutationObserver((_, observer) => {
            if (list.querySelector('li')) {
              observer.disconnect();
              done(performance.now() - started);
            }
          }).observe(list, { childList: true }),
        );
        form.requestSubmit();
        return first;
      });
      await page.waitForLoadState('networkidle');
      times.push(ms);
      bytes = Math.max(bytes, fetched);
      await context.close();
    }
    times.sort((a, b) => a - b);
    // The first run loads the index cold; the median of the runs is what a visitor sees.
    return {
      firstResultMs: times[Math.floor(times.length / 2)] ?? 0,
      coldMs: times.at(-1) ?? 0,
      fetchedKb: bytes / 1024,
    };
  } finally {
    await browser.close();
  }
}
