/**
 * Headless Chromium (Debian's /usr/bin/chromium) with an unpacked MV3 extension,
 * driven by playwright-core over CDP. Implements the common {@link ExtensionHarness}.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openChromiumPopup } from './chromium-popup.ts';
import { pressKeys } from './chromium-keys.ts';
import { recordChromiumRequests } from './chromium-requests.ts';
import { ChromiumTab } from './chromium-tab.ts';
import { NAME_SHIM, } from './shadow.ts';
import type { ExtensionApi, ExtensionHarness, LaunchOptions, PopupHandle, RequestRecorder, TestTab } from './types.ts';
import { waitFor } from './wait.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';


/** Builds the expression `(fn)(api, arg)` so it can run where `new Function` is forbidden by CSP. */
function apiCall(fnSource: string, arg: unknown): string {
  return `(async () => { ${NAME_SHIM} return (${fnSource})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)}); })()`;
}

export class ChromiumHarness implements ExtensionHarness {
  readonly browserName = 'chromium' as const;
  #browserCdp: CDPSession | undefined;

  private constructor(
    readonly context: BrowserContext,
    readonly extensionOrigin: string,
    readonly manifestVersion: number,
    readonly browserVersion: string,
    private readonly profileDir: string,
    readonly extensionDir: string,
  ) {}

  static async launch(opts: LaunchOptions): Promise<ChromiumHarness> {
    const manifest = JSON.parse(await readFile(join(opts.extensionDir, 'manifest.json'), 'utf8')) as { manifest_version: number };
    if (manifest.manifest_version !== 3) throw new Error('Chromium only loads MV3 extensions');
    const profileDir = await mkdtemp(join(tmpdir(), 'e2e-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        `--disable-extensions-except=${opts.extensionDir}`,
        `--load-extension=${opts.extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        // Without these Chromium keeps trying to reach Google and floods the log.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Allows the CDP `Extensions` domain (reloadExtension).
        '--enable-unsafe-extension-debugging',
        ...(opts.lang ? [`--lang=${opts.lang}`] : []),
        ...(opts.args ?? []),
      ],
    });
    // The extension id is the host of its service worker URL (a hash of the path
    // unless the manifest has a `key`).
    const isExt = (w: Worker) => w.url().startsWith('chrome-extension://');
    const sw = context.serviceWorkers().find(isExt) ?? (await context.waitForEvent('serviceworker', { predicate: isExt }));
    const origin = `chrome-extension://${new URL(sw.url()).host}`; // URL.origin is 'null' for this scheme in Node
    const version = context.browser()?.version() ?? 'unknown';
    return new ChromiumHarness(context, origin, manifest.manifest_version, version, profileDir, opts.extensionDir);
  }

  /** A CDP session on the browser target (Target.*, ServiceWorker-wide ops). */
  async browserCdp(): Promise<CDPSession> {
    // Playwright 1.65 returns the Browser even for a persistent context.
    this.#browserCdp ??= await this.context.browser()!.newBrowserCDPSession();
    return this.#browserCdp;
  }

  #wrap(page: Page) {
    return new ChromiumTab(page, this);
  }

  async openTab(url: string): Promise<TestTab> {
    const page = await this.context.newPage();
    await page.goto(url);
    return this.#wrap(page);
  }

  async openExtensionPage(path: string): Promise<TestTab> {
    return this.openTab(`${this.extensionOrigin}/${path.replace(/^\//, '')}`);
  }

  /** See chromium-popup.ts. */
  openPopup(tab: TestTab): Promise<PopupHandle> {
    return openChromiumPopup(this, tab);
  }

  async setColorScheme(tab: TestTab, scheme: 'light' | 'dark'): Promise<void> {
    await (tab.raw as { emulateMedia(o: { colorScheme: 'light' | 'dark' }): Promise<void> }).emulateMedia({ colorScheme: scheme });
  }

  /** The extension's service worker targets known to the browser right now (none = stopped). */
  async #workerTargets() {
    const cdp = await this.browserCdp();
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`${this.extensionOrigin}/`));
  }

  /**
   * Playwright keeps one Worker object per SW target; the target id survives a
   * stop/start, so the same object works again once the worker runs. Evaluating
   * on a stopped worker hangs, so start it first with ServiceWorker.startWorker
   * (note: that is an artificial wake-up).
   */
  async #worker(): Promise<Worker> {
    if ((await this.#workerTargets()).length === 0) {
      // The ServiceWorker domain lives on page targets, not on the browser target.
      const page = this.context.pages()[0] ?? (await this.context.newPage());
      const cdp = await this.context.newCDPSession(page);
      try {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.startWorker', { scopeURL: `${this.extensionOrigin}/` });
      } finally {
        await cdp.detach().catch(() => {});
      }
      await waitFor('the extension service worker to start', 5_000, async () => (await this.#workerTargets()).length > 0);
    }
    return waitFor('the extension service worker', 5_000, async () =>
      this.context.serviceWorkers().find((x) => x.url().startsWith(`${this.extensionOrigin}/`)),
    );
  }

  async extensionEval<R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    const w = await this.#worker();
    return (await w.evaluate(apiCall(fn.toString(), arg))) as Awaited<R>;
  }

  async tabId(tab: TestTab): Promise<number> {
    await tab.bringToFront();
    const ids = await this.extensionEval(async (api) =>
      (await api.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id ?? -1),
    );
    if (ids.length !== 1 || ids[0] === undefined || ids[0] < 0) throw new Error(`could not identify the tab: ${JSON.stringify(ids)}`);
    return ids[0];
  }

  badgeText(tabId: number): Promise<string> {
    return this.extensionEval((api, id) => api.action.getBadgeText({ tabId: id }), tabId);
  }

  /**
   * CDP Input.dispatchKeyEvent reaches Chromium's accelerator handling only as
   * `type: 'rawKeyDown'` WITH `nativeVirtualKeyCode` (Playwright's keyboard.press
   * sends `keyDown` and never triggers commands). The page does not see the main
   * key when a command consumes it.
   */
  async pressShortcut(tab: TestTab, shortcut: string): Promise<void> {
    if (!(tab instanceof ChromiumTab)) throw new Error('not a Chromium tab');
    await tab.bringToFront();
    await pressKeys(await tab.cdp(), shortcut);
  }


  /**
   * There is no extension API to set a shortcut in Chromium; the chrome://extensions
   * page's private API can (`chrome.developerPrivate.updateExtensionCommand`).
   */
  async assignShortcut(command: string, shortcut: string): Promise<void> {
    const page = await this.context.newPage();
    try {
      await page.goto('chrome://extensions/shortcuts');
      await page.evaluate(
        async (a) => {
          const dp = (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionCommand(x: object): Promise<void> } } }).chrome.developerPrivate;
          await dp.updateExtensionCommand({ extensionId: a.id, commandName: a.command, keybinding: a.keybinding });
        },
        { id: new URL(this.extensionOrigin).host, command, keybinding: shortcut.replace(/\bControl\b/, 'Ctrl') },
      );
    } finally {
      await page.close();
    }
  }

  async shortcuts(): Promise<Record<string, string>> {
    const all = await this.extensionEval(async (api) => (await api.commands.getAll()).map((c) => [c.name ?? '', c.shortcut ?? ''] as const));
    return Object.fromEntries(all);
  }

  /**
   * `Target.closeTarget` on the worker's target stops the service worker (like
   * "Stop" in chrome://serviceworker-internals); the target disappears from
   * Target.getTargets once stopped (~70 ms) and reappears, same id, on the next event.
   */
  async stopBackground(): Promise<void> {
    const cdp = await this.browserCdp();
    const running = await this.#workerTargets();
    if (!running.length) return; // already stopped: nothing to do, and nothing to wake
    // Marks this instance of the worker: a product that retries at once can
    // wake a new one before the target is ever seen gone, and a different
    // mark is proof enough that the old one stopped.
    const mark = await this.extensionEval(() => {
      const g = globalThis as unknown as { __e2eInstance?: number };
      return (g.__e2eInstance ??= Math.random());
    });
    for (const t of running) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    let checks = 0;
    await waitFor('the service worker to stop', 5_000, async () => {
      if ((await this.#workerTargets()).length === 0) return true;
      // Now and then: has a new instance replaced the marked one?
      if (++checks % 4 !== 0) return false;
      const now = await this.extensionEval(() => (globalThis as unknown as { __e2eInstance?: number }).__e2eInstance ?? null);
      return now !== mark;
    });
  }

  /**
   * Reloads the unpacked extension from `extensionDir` (same id) with the CDP command
   * `Extensions.loadUnpacked` (needs `--enable-unsafe-extension-debugging`, which
   * launch() passes, and a pipe connection, which Playwright uses).
   * Why not `chrome.runtime.reload()`: for an extension loaded with --load-extension,
   * Chromium 156 then DISABLES it (disableReasons.unsupportedDeveloperExtension) unless
   * developer mode is on. Chromium does not inject content scripts into tabs that are
   * already open; their old content scripts lose `chrome.runtime`.
   */
  async reloadExtension(): Promise<void> {
    const isExt = (w: Worker) => w.url().startsWith(`${this.extensionOrigin}/`);
    const next = this.context.waitForEvent('serviceworker', { predicate: isExt, timeout: 5_000 }).catch(() => undefined);
    const cdp = await this.browserCdp();
    // `Extensions.*` is missing from playwright-core's protocol typings.
    const send = cdp.send.bind(cdp) as unknown as (m: string, p: object) => Promise<{ id: string }>;
    const { id } = await send('Extensions.loadUnpacked', { path: this.extensionDir });
    if (`chrome-extension://${id}` !== this.extensionOrigin) throw new Error(`reload gave a new id ${id}`);
    await next; // the new worker starts on its own (install event); #worker() copes if not
  }

  /**
   * `chrome.developerPrivate.updateExtensionConfiguration({ fileAccess })` from
   * chrome://extensions. That reloads the extension, which Chromium then DISABLES
   * (unsupportedDeveloperExtension) for a --load-extension install unless developer
   * mode is on, so developer mode is switched on first (as with runtime.reload()).
   */
  async setFileAccess(allowed: boolean): Promise<void> {
    const isExt = (w: Worker) => w.url().startsWith(`${this.extensionOrigin}/`);
    // Listen before the call: the reloaded worker can start before the call
    // returns, and an event that has fired cannot be waited for.
    const next = this.context.waitForEvent('serviceworker', { predicate: isExt, timeout: 10_000 }).catch(() => undefined);
    const page = await this.context.newPage();
    try {
      await page.goto('chrome://extensions');
      const changed = await page.evaluate(
        async (a) => {
          type Dp = {
            getExtensionInfo(id: string): Promise<{ fileAccess: { isActive: boolean } }>;
            updateProfileConfiguration(x: object): Promise<void>;
            updateExtensionConfiguration(x: object): Promise<void>;
          };
          const dp = (globalThis as unknown as { chrome: { developerPrivate: Dp } }).chrome.developerPrivate;
          if ((await dp.getExtensionInfo(a.id)).fileAccess.isActive === a.allowed) return false;
          await dp.updateProfileConfiguration({ inDeveloperMode: true });
          await dp.updateExtensionConfiguration({ extensionId: a.id, fileAccess: a.allowed });
          return true;
        },
        { id: new URL(this.extensionOrigin).host, allowed },
      );
      if (changed) await next; // #worker() below starts it if the reload left none running
    } finally {
      await page.close();
    }
    const now = await this.extensionEval(() =>
      (globalThis as unknown as { chrome: { extension: { isAllowedFileSchemeAccess(): Promise<boolean> } } }).chrome.extension.isAllowedFileSchemeAccess(),
    );
    if (now !== allowed) throw new Error(`file access is ${now}, wanted ${allowed}`);
  }

  /**
   * `context.on('request')` in Playwright 1.65 covers pages, extension pages,
   * content-script fetches (attributed to the tab's page) and the extension's
   * service worker (`request.serviceWorker()` is set).
   */
  /** See chromium-requests.ts. */
  recordRequests(): Promise<RequestRecorder> {
    return Promise.resolve(recordChromiumRequests(this.context));
  }


  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    await rm(this.profileDir, { recursive: true, force: true });
  }
}

export const launchChromium = (opts: LaunchOptions): Promise<ChromiumHarness> => ChromiumHarness.launch(opts);
