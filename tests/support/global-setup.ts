/**
 * One preview server and one Chromium for every browser test file of a run, as Starlight's e2e
 * utilities and govuk-frontend's test setup do: each file connects to the browser instead of
 * launching its own, and visits the one server. A run over another build (the fixture region,
 * SITE_DIST set) has only site checks and starts neither.
 */
import type { TestProject } from 'vitest/node';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's origin, "http://127.0.0.1:port"; empty when none was started. */
    siteOrigin: string;
    /** The shared Chromium's WebSocket endpoint; empty when none was started. */
    browserWs: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.SITE_DIST) {
    project.provide('siteOrigin', '');
    project.provide('browserWs', '');
    return;
  }
  const server = await preview({
    root: process.cwd(),
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const browser = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  project.provide('siteOrigin', `http://127.0.0.1:${server.port}`);
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.stop();
  };
}
