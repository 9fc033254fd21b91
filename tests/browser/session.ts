/**
 * One preview server and one Chromium for the tests of a suite: started before them, closed
 * after them. Call inside a `describe`; read `browser` and `url` inside the tests.
 */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, startServer } from './driver';

export interface Session {
  readonly browser: Browser;
  /** The app's URL on 127.0.0.1. */
  readonly url: string;
}

export function browserSession(): Session {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser session has not started');
      return browser;
    },
    get url() {
      if (!server) throw new Error('the browser session has not started');
      return server.url;
    },
  };
}
