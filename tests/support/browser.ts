/** Chromium (Debian's, never a downloaded one) and the built site on a local port, for browser tests. */
import { inject } from 'vitest';
import { preview } from 'astro';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

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

/** The run's shared Chromium when there is one (close() then only disconnects), else a new one. */
export async function launchChromium(): Promise<Browser> {
  const ws = inject('browserWs');
  return ws
    ? chromium.connect(ws)
    : chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Opens an address in a fresh browser context (no shared storage) in Swedish. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
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

/**
 * The built site in dist/ and Chromium: the run's shared preview server and browser
 * (tests/support/global-setup.ts) when there are, else a server and a browser of its own.
 */
export async function startSite(): Promise<SiteUnderTest> {
  const base = process.env.BASE_PATH ?? '/';
  const shared = { origin: inject('siteOrigin'), ws: inject('browserWs') };
  if (shared.origin && shared.ws) {
    const browser = await launchChromium();
    return {
      browser,
      origin: shared.origin,
      base,
      open: (path, options = {}) =>
        openPage(browser, `${shared.origin}${base}${path.replace(/^\//, '')}`, options),
      // Disconnects this file from the shared browser, closing its contexts; the browser stays for the others.
      close: () => browser.close(),
    };
  }
  const server = await preview({
    root: process.cwd(),
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const origin = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    browser,
    origin,
    base,
    open: (path, options = {}) =>
      openPage(browser, `${origin}${base}${path.replace(/^\//, '')}`, options),
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * A few pages kept open in one context and reused from test to test: opening a page costs far
 * more than loading another address in it. For checks that need no fresh storage per page.
 */
export class PagePool {
  private readonly idle: Page[] = [];
  private constructor(private readonly context: import('playwright-core').BrowserContext) {}

  static async create(
    browser: Browser,
    options: BrowserContextOptions = {},
    initScript?: string,
  ): Promise<PagePool> {
    const context = await browser.newContext({ locale: 'sv-SE', ...options });
    if (initScript) await context.addInitScript(initScript);
    return new PagePool(context);
  }

  /**
   * Runs `use` with a page at `url`, loaded at `viewport` when given (a reused page keeps the size
   * the last visit left it at); the addresses the page requested are collected meanwhile.
   */
  async visit<T>(
    url: string,
    use: (page: Page, requests: string[]) => Promise<T>,
    viewport?: { width: number; height: number },
  ): Promise<T> {
    const page = this.idle.pop() ?? (await this.context.newPage());
    const requests: string[] = [];
    const record = (r: { url(): string }) => requests.push(r.url());
    page.on('request', record);
    try {
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(url);
      // The search page builds its filters after loading the index; it says when it is done.
      await page.waitForFunction(() => {
        const search = document.getElementById('fc-search');
        return !search || search.dataset.ready === 'true';
      });
      return await use(page, requests);
    } finally {
      page.off('request', record);
      this.idle.push(page);
    }
  }

  cookies() {
    return this.context.cookies();
  }

  close() {
    return this.context.close();
  }
}
