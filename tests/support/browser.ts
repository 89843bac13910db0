/** Chromium (Debian's, never a downloaded one) and the built site on a local port, for browser tests. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions (a CSP violation shows up here). */
  errors: string[];
  /** Every address the page requested. */
  requests: string[];
  /** Requests answered with 400 or more, as "status url". */
  failures: string[];
}

export interface SiteUnderTest {
  browser: Browser;
  origin: string;
  base: string;
  /** Opens a path (without base) in a fresh context; console errors are collected. */
  open: (path: string, options?: BrowserContextOptions) => Promise<OpenedPage>;
  close: () => Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: install Debian's chromium or set CHROME_PATH`);
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens an address in a fresh browser context (no shared storage) in Swedish. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ locale: 'sv-SE', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const failures: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  await page.goto(url);
  return { page, errors, requests, failures };
}

export async function startSite(): Promise<SiteUnderTest> {
  const base = process.env.BASE_PATH ?? '/';
  const server: Server = await startServer({ base, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    browser,
    origin,
    base,
    open: (path, options = {}) => openPage(browser, `${origin}${base}${path.replace(/^\//, '')}`, options),
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}
