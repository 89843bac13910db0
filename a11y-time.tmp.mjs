import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: JSON.parse(process.env.ARGS ?? '[]') });
const ctx = await b.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true });
await ctx.addInitScript(AXE);
const page = await ctx.newPage();
const tot = {};
const T = async (l, f) => { const s = performance.now(); const r = await f(); tot[l] = (tot[l] ?? 0) + performance.now() - s; return r; };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const V = ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable'];
const urls = readFileSync('/tmp/urls.txt', 'utf8').trim().split('\n');
for (const url of urls) {
  await T('goto', () => page.goto('http://localhost:4400' + url));
  await T('settle', () => page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))));
  await page.setViewportSize({ width: 1280, height: 900 });
  await T('axe full', () => page.evaluate((o) => axe.run(document, o), { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] }));
  for (const [w, sch] of [[1280, 'dark'], [375, 'light'], [375, 'dark']]) {
    await page.setViewportSize({ width: w, height: 800 });
    await page.emulateMedia({ colorScheme: sch });
    await T('axe views', () => page.evaluate((o) => axe.run(document, o), { runOnly: { type: 'rule', values: V }, resultTypes: ['violations'] }));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await T('focus', () => page.$$eval('main :is(a[href], summary, button, input, select, textarea)', (els) => { for (const e of els) { e.focus(); getComputedStyle(e).outlineStyle; e.getBoundingClientRect(); } }));
  await T('reflow', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.evaluate(() => document.documentElement.scrollWidth);
    const st = await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
    await page.evaluate(() => document.documentElement.scrollWidth);
    await st.evaluate((s) => s.remove());
    await page.setViewportSize({ width: 390, height: 800 });
    const st2 = await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await page.evaluate(() => document.documentElement.scrollWidth);
    await st2.evaluate((s) => s.remove());
    await page.setViewportSize({ width: 1280, height: 900 });
  });
}
console.log(Object.fromEntries(Object.entries(tot).map(([k, v]) => [k, Math.round(v)])));
await b.close();
