import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
process.chdir('/work/main');
const server = await startServer({ port: 4400 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const [,, ...pages] = process.argv;
for (const spec of pages) {
  const [path, w, scheme] = spec.split('|');
  const ctx = await browser.newContext({ viewport: { width: Number(w || 1280), height: 900 }, colorScheme: scheme || 'light' });
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4400' + path);
  await page.waitForTimeout(500);
  const name = '/tmp/shot-' + path.replace(/\W+/g, '_') + '-' + (w || 1280) + (scheme || '') + '.png';
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
}
await browser.close(); server.close();
