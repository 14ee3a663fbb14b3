// The browser a describe block of end-to-end tests runs in: the extension
// loaded, the test pages served, both closed when the block ends.

import { afterAll, afterEach, beforeAll } from 'vitest';
import { type BrowserName, type ExtensionHarness, type Route, type TestServer, launchExtensionBrowser, startServer } from '../harness/index.ts';
import { extensionDir, resetSettings } from './browsers.ts';
import { ROUTES } from './pages.ts';

export interface ExtensionBrowser {
  /** The browser with the extension; set once the block's beforeAll has run. */
  readonly h: ExtensionHarness;
  /** The server of the test pages (support/pages.ts, unless the block gave its own). */
  readonly srv: TestServer;
}

/**
 * Launches `name` with the extension before the block's tests and closes it
 * after them. `reset` says when the extension's storage goes back to a fresh
 * install's: after each test (tests that flip settings must not leak into the
 * next), once at the end (tests that build on articles an earlier test saved),
 * or never (tests that change nothing). `routes`: the pages to serve, support/pages.ts's by default.
 */
export function useExtensionBrowser(
  name: BrowserName,
  { reset, args, routes = ROUTES }: { reset: 'each' | 'end' | 'never'; args?: string[]; routes?: Record<string, Route> },
): ExtensionBrowser {
  const env = {} as { h: ExtensionHarness; srv: TestServer };
  beforeAll(async () => {
    env.srv = await startServer(routes);
    env.h = await launchExtensionBrowser(name, extensionDir(name), args ? { args } : {});
  });
  if (reset === 'each') {
    afterEach(async () => {
      await resetSettings(env.h);
    });
  }
  afterAll(async () => {
    if (reset === 'end' && env.h) await resetSettings(env.h).catch(() => undefined);
    await env.h?.close();
    await env.srv?.close();
  });
  return env;
}
