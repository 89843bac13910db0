/**
 * The production nginx configuration (deploy/nginx/) serving the built site: security and cache
 * headers, compression, the 404 page, and the site working in Chromium behind it, both at the
 * root and built under a base path.
 */
import { request } from 'node:http';
import { request as secureRequest } from 'node:https';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage } from '../support/browser';
import { buildUnderBase } from '../support/base-build';
import { builtApps, builtFiles, builtPages, DIST } from '../support/dist';
import { findBrokenLinks } from '../support/links';
import { readDocx } from '../support/docx';
import {
  freePort,
  productionServerBlocks,
  startNginx,
  throwawayCertificate,
  type RunningNginx,
} from '../support/nginx';

const BASE = '/familjecentraler/';
// The base-path build is also a publisher's configured build: it has its address, and feedback goes
// to a form and an address.
const PUBLISHED = 'https://familjecentraler.example.se';
const FEEDBACK = {
  FEEDBACK_FORM_ACTION: 'https://synpunkter.example.se/tillganglighet',
  FEEDBACK_EMAIL: 'tillganglighet@example.se',
};
let webRoot: string;
let nginx: RunningNginx;
let browser: Browser;
let root: string;
let based: string;
let certificates: string;
let production: { http: string; https: string };

beforeAll(async () => {
  webRoot = buildUnderBase(BASE, { ...FEEDBACK, SITE_URL: PUBLISHED });
  certificates = mkdtempSync(join(tmpdir(), 'fc-cert-'));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  production = { http: `http://127.0.0.1:${httpPort}`, https: `https://127.0.0.1:${httpsPort}` };
  const shipped = productionServerBlocks({
    root: DIST,
    httpPort,
    httpsPort,
    ...throwawayCertificate(certificates),
  });
  nginx = await startNginx(
    [
      { root: DIST, base: '/' },
      { root: webRoot, base: BASE },
    ],
    shipped,
    [production.http],
  );
  [root = '', based = ''] = nginx.origins;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  if (certificates) rmSync(certificates, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A plain HTTP(S) GET that does not decompress, so Content-Encoding can be checked. Accepts the test certificate. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const send = url.startsWith('https:') ? secureRequest : request;
  return new Promise((done, fail) => {
    send(url, { headers, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode!,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    })
      .on('error', fail)
      .end();
  });
}

function expectSecurityHeaders(answer: Answer) {
  expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(answer.headers['content-security-policy']).not.toMatch(/script-src|default-src/);
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['referrer-policy']).toBe('no-referrer');
  expect(answer.headers['permissions-policy']).toContain('camera=()');
  expect(answer.headers['strict-transport-security']).toMatch(/max-age=(\d{8,}|3153600\d)/);
  expect(answer.headers['server']).toBe('nginx');
}

const maxAge = (answer: Answer) =>
  Number(/max-age=(\d+)/.exec(String(answer.headers['cache-control']))?.[1]);

describe('nginx with deploy/nginx/site.conf', () => {
  it('serves pages with security headers, UTF-8 and a short cache', async () => {
    const answer = await get(`${root}/vagledning/`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(answer);
    expect(maxAge(answer)).toBeLessThanOrEqual(600);
    expect(answer.headers['cache-control']).not.toContain('immutable');
  });

  it('caches hashed assets for a year, with the security headers still on', async () => {
    const asset = readdirSync(join(DIST, '_astro')).find(
      (f) => f.endsWith('.css') || f.endsWith('.js'),
    )!;
    const answer = await get(`${root}/_astro/${asset}`);
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(answer);
    const meta = readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
    expect((await get(`${root}/pagefind/${meta}`)).headers['cache-control']).toContain('immutable');
    expect(maxAge(await get(`${root}/pagefind/pagefind.js`))).toBeLessThanOrEqual(600);
  });

  it('compresses text when the browser accepts gzip, and not otherwise', async () => {
    const zipped = await get(`${root}/vagledning/utskrift/`, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toContain('Accept-Encoding');
    const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
    expect(
      (await get(`${root}/_astro/${css}`, { 'accept-encoding': 'gzip' })).headers[
        'content-encoding'
      ],
    ).toBe('gzip');
    expect((await get(`${root}/vagledning/utskrift/`)).headers['content-encoding']).toBeUndefined();
  });

  it('answers an unknown address with status 404 and the site’s 404 page', async () => {
    const answer = await get(`${root}/finns-inte/`);
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('Sidan finns inte');
    expectSecurityHeaders(answer);
  });

  it('serves open data and the Word templates with the right types', async () => {
    expect((await get(`${root}/mallar/avsiktsforklaring.docx`)).headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect((await get(`${root}/data/familjecentraler.csv`)).headers['content-type']).toBe(
      'text/csv; charset=utf-8',
    );
    expect((await get(`${root}/data/familjecentraler.json`)).headers['content-type']).toBe(
      'application/json; charset=utf-8',
    );
  });

  it('serves the editor with its own headers: a policy that leaves its git host reachable, no indexing, no cache', async () => {
    const page = await get(`${root}/redaktion/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // The page's own <meta> policy names the git host; the header must not narrow connect-src.
    expect(page.headers['content-security-policy']).not.toMatch(
      /connect-src|script-src|default-src/,
    );
    expect(page.body).toContain('http-equiv="Content-Security-Policy"');
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await get(`${root}/redaktion/config.yml`)).headers['content-type']).toBe(
      'application/yaml; charset=utf-8',
    );
    expect((await get(`${root}/redaktion/sveltia-cms.js`)).headers['content-type']).toBe(
      'application/javascript; charset=utf-8',
    );
    // The public pages keep theirs.
    expectSecurityHeaders(await get(`${root}/vagledning/`));
  });

  it('redirects a folder address without its slash, keeping the host', async () => {
    const answer = await get(`${root}/vagledning`);
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe('/vagledning/');
  });

  it('in Chromium: the start page and search work under both CSPs, with nothing fetched from elsewhere', async () => {
    const start = await openPage(browser, `${root}/`);
    await start.page.waitForLoadState('networkidle');
    expect(await start.page.locator('h1').count()).toBe(1);
    const search = await openPage(browser, `${root}/sok/?q=styrgrupp`);
    await search.page.waitForSelector('#fc-search-results li h2 a');
    for (const opened of [start, search]) {
      expect(opened.errors).toEqual([]);
      expect(opened.failures).toEqual([]);
      expect(opened.requests.filter((r) => !r.startsWith(root))).toEqual([]);
      await opened.page.context().close();
    }
  });
});

describe('the shipped server block deploy/nginx/familjecentraler.conf (local ports and a test certificate)', () => {
  it('sends plain HTTP to HTTPS, keeping the address', async () => {
    const answer = await get(`${production.http}/vagledning/?x=1`);
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe('https://127.0.0.1/vagledning/?x=1');
  });

  it('serves the site over TLS with HSTS and the other security headers', async () => {
    const answer = await get(`${production.https}/vagledning/`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<h1');
    expectSecurityHeaders(answer);
    expect((await get(`${production.https}/finns-inte/`)).status).toBe(404);
  });
});

describe(`the site built under ${BASE}, behind nginx`, () => {
  it('every internal link and anchor stays under the base path and resolves', () => {
    const dir = join(webRoot, BASE);
    expect(builtPages(dir).length).toBe(builtPages().length);
    expect(findBrokenLinks(builtPages(dir), BASE, builtFiles(dir), builtApps(dir))).toEqual([]);
  });

  it('pages, styles and scripts load, and a link leads to the next page under the base', async () => {
    const { page, errors, failures } = await openPage(browser, `${based}${BASE}`);
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('navigation', { name: /huvudmeny/i })
      .getByRole('link', { name: 'Vägledning' })
      .click();
    await page.waitForURL(`${based}${BASE}vagledning/`);
    expect(await page.locator('h1').textContent()).toContain('Vägledning');
    // The stylesheet applied: the skip link is moved off screen rather than shown as plain text.
    const skip = await page.locator('a.fc-skip-link').boundingBox();
    expect(skip === null || skip.y < 0 || skip.x < 0 || skip.height <= 1).toBe(true);
    expect(errors).toEqual([]);
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('search finds pages and links to them under the base path', async () => {
    const { page, errors } = await openPage(browser, `${based}${BASE}sok/?q=styrgrupp`);
    await page.waitForSelector('#fc-search-results li h2 a');
    const hrefs = await page.$$eval('#fc-search-results li h2 a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${BASE}`));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the tillgänglighetsredogörelse has a feedback form to the configured address, and the e-mail fallback', async () => {
    const { page, errors } = await openPage(browser, `${based}${BASE}tillganglighet/`);
    const form = page.locator('form.fc-feedback');
    expect(await form.getAttribute('action')).toBe(FEEDBACK.FEEDBACK_FORM_ACTION);
    expect(await form.getAttribute('method')).toBe('post');
    expect(await page.getByLabel('Beskriv problemet').count()).toBe(1);
    expect(await page.locator(`a[href="mailto:${FEEDBACK.FEEDBACK_EMAIL}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a centre page’s "Stämmer något inte?" sends the page’s own address to the configured form and address', async () => {
    const centre = builtPages().find(
      (p) => p.url.startsWith('/familjecentraler/') && p.url !== '/familjecentraler/',
    )!;
    const { page, errors } = await openPage(browser, `${based}${BASE}${centre.url.slice(1)}`);
    const section = page.locator('section:has(#stammer-nagot-inte)');
    const pageAddress = await section
      .locator('input[type="hidden"][name="sida"]')
      .getAttribute('value');
    expect(new URL(pageAddress!).pathname).toBe(`${BASE}${centre.url.slice(1)}`);
    expect(await section.locator('form').getAttribute('action')).toBe(
      FEEDBACK.FEEDBACK_FORM_ACTION,
    );
    const mailto = await section
      .locator(`a[href^="mailto:${FEEDBACK.FEEDBACK_EMAIL}?"]`)
      .getAttribute('href');
    expect(decodeURIComponent(mailto!)).toContain(`Sidan: ${pageAddress}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a published build says nothing of a preview, and its canonical addresses and Word templates give the published address', async () => {
    const { page, errors } = await openPage(browser, `${based}${BASE}mallar/`);
    expect(await page.locator('.fc-preview').count()).toBe(0);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${PUBLISHED}${BASE}mallar/`,
    );
    const docxHref = (await page.locator('main a[download]').first().getAttribute('href'))!;
    const docx = await readDocx(readFileSync(join(webRoot, docxHref)));
    // The line about the template, under its title and summary.
    expect(docx.paragraphs[2]?.text).toContain(
      `Senaste versionen: ${PUBLISHED}${docxHref.replace(/\.docx$/, '/')}`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a published build lets crawlers in and names its sitemap at the published address', async () => {
    const robots = await get(`${based}${BASE}robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.body).not.toMatch(/^Disallow/m);
    expect(robots.body).toMatch(new RegExp(`^Sitemap: ${PUBLISHED}${BASE}sitemap\\.xml$`, 'm'));
    expect((await get(`${based}${BASE}sitemap.xml`)).status).toBe(200);
  });

  it('an unknown address under the base path gets the 404 page with working styles', async () => {
    const answer = await get(`${based}${BASE}finns-inte/`);
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('Sidan finns inte');
    expect(answer.body).toContain(`href="${BASE}_astro/`);
  });
});
