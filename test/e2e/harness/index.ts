/**
 * Entry point for e2e tests: one call launches either browser behind the common
 * {@link ExtensionHarness} interface, so a test can run the same steps in both:
 *
 *   for (const name of ['chromium', 'firefox'] as const) {
 *     const h = await launchExtensionBrowser(name, name === 'chromium' ? CHROME_DIR : FIREFOX_DIR);
 *     const tab = await h.openTab(server.url('/article'));
 *     await tab.ui().click('button.next');
 *   }
 */
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserName, ExtensionHarness, LaunchOptions } from './types.ts';

export async function launchExtensionBrowser(
  name: BrowserName,
  extensionDir: string,
  opts: Omit<LaunchOptions, 'extensionDir'> = {},
): Promise<ExtensionHarness> {
  return name === 'chromium' ? launchChromium({ ...opts, extensionDir }) : launchFirefox({ ...opts, extensionDir });
}

export { ChromiumHarness } from './chromium.ts';
export { FirefoxHarness } from './firefox.ts';
export { startServer, htmlPage, type Route, type TestServer } from './server.ts';
export { decodePng } from './png.ts';
export type * from './types.ts';
