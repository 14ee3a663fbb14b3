// The setup both hostile-page files share: a browser with the extension, the
// hostile pages' server, every request the browser makes recorded from the
// start, and the background's errors watched. `expectNoExtensionRequests`
// is what each file checks last, over everything it did.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  type BrowserName,
  type ExtensionHarness,
  type RequestRecorder,
  type TestServer,
  type TestTab,
  launchExtensionBrowser,
  startServer,
} from '../harness/index.ts';
import { extensionDir, resetSettings } from './browsers.ts';
import { BackgroundErrors, type TabReport, watchTab } from './tab-errors.ts';
import { hostileRoutes } from './hostile-pages.ts';

export interface HostileSuite {
  readonly h: ExtensionHarness;
  readonly srv: TestServer;
  readonly background: BackgroundErrors;
  /** Opens `path` of the hostile server in a new tab, watched from before it loads. */
  open(path: string): Promise<{ tab: TestTab; report: TabReport }>;
  /** No error from the tab (page, content script) nor, in Chromium, from the service worker. */
  expectNoErrors(report: TabReport): Promise<void>;
  /** The id WXT puts in its event names: the extension id in Chromium, the gecko id in Firefox. */
  runtimeId(): string;
  /** Stops recording: no extension context made a network request since the file started. */
  expectNoExtensionRequests(): Promise<void>;
}

/** Registers the hooks in the calling describe block; the fields are set once its beforeAll ran. */
export function hostileSuite(name: BrowserName): HostileSuite {
  let h!: ExtensionHarness;
  let srv!: TestServer;
  let requests!: RequestRecorder;
  let background!: BackgroundErrors;
  let opened = 0;

  beforeAll(async () => {
    srv = await startServer(hostileRoutes());
    h = await launchExtensionBrowser(name, extensionDir(name));
    // Everything the file does is recorded, and checked by its last test.
    requests = await h.recordRequests();
    background = new BackgroundErrors(h);
    await background.install();
  });
  afterEach(async () => {
    await resetSettings(h);
  });
  afterAll(async () => {
    await h?.close();
    await srv?.close();
  });

  return {
    get h() {
      return h;
    },
    get srv() {
      return srv;
    },
    get background() {
      return background;
    },
    async open(path) {
      const tab = await h.openTab('about:blank');
      const report = watchTab(tab);
      await tab.goto(srv.url(path));
      opened++;
      return { tab, report };
    },
    async expectNoErrors(report) {
      expect(report.errors).toEqual([]);
      expect(report.dialogs).toEqual([]);
      expect(await background.all()).toEqual([]);
    },
    runtimeId: () =>
      name === 'chromium'
        ? new URL(h.extensionOrigin).host
        : (JSON.parse(readFileSync(join(extensionDir('firefox'), 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
            .browser_specific_settings.gecko.id,
    async expectNoExtensionRequests() {
      const seen = (await requests.stop()).filter((r) => /^https?:/.test(r.url));
      // Something was recorded (at least each page the file opened), so an empty list below means something.
      expect(opened).toBeGreaterThan(0);
      expect(seen.filter((r) => r.source === 'page').length).toBeGreaterThanOrEqual(opened);
      // Background, extension pages (popup) and, in Firefox, content scripts: nothing at all.
      expect(seen.filter((r) => r.source === 'background' || r.source === 'extension_page' || r.source === 'content_script')).toEqual([]);
      // Nothing from anyone left the machine (the browser's own update checks aside, in Firefox).
      expect(seen.filter((r) => r.source !== 'browser' && new URL(r.url).hostname !== '127.0.0.1')).toEqual([]);
      // In Chromium a content script's request looks like the page's own. These test pages make
      // no fetch, XHR or beacon of their own (sec-fetch-dest "empty"), so any the server
      // received came from the extension. The PDF viewers fetch the PDF that way themselves.
      const scripted = srv.requests.filter((r) => r.headers['sec-fetch-dest'] === 'empty' && !r.url.startsWith('/hostile/topic.pdf'));
      expect(scripted.map((r) => r.url)).toEqual([]);
    },
  };
}
