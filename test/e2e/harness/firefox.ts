/**
 * Headless Firefox ESR (Debian's /usr/bin/firefox-esr) with a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi. Implements {@link ExtensionHarness}.
 *
 * Several things are done with raw BiDi commands through puppeteer's connection
 * (`browser.connection.send`, internal but stable in 24.x), and some in the
 * browser's privileged chrome window (BiDi `"moz:scope": "chrome"`, which needs
 * `--remote-allow-system-access`): real shortcut key presses, recording requests
 * of all extension contexts, stopping an MV3 event page.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tipKeys } from './firefox-keys.ts';
import { checkUiLanguage, localePrefs } from './firefox-locale.ts';
import { openFirefoxPopup } from './firefox-popup.ts';
import { setColorScheme, setFileAccess } from './firefox-prefs.ts';
import { recordFirefoxRequests } from './firefox-requests.ts';
import { type EvaluateResult, FirefoxTab } from './firefox-tab.ts';
import { NAME_SHIM } from './shadow.ts';
import type { ExtensionApi, ExtensionHarness, LaunchOptions, PopupHandle, RequestRecorder, TestTab } from './types.ts';
import { waitFor } from './wait.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';


/** The bits of puppeteer's BiDi connection we use. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
function apiCall(fnSource: string, arg: unknown): string {
  return `(async () => { ${NAME_SHIM} return (${fnSource})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)}); })()`;
}

/** Until `probe` gives a value (undefined: not yet). */
export function pollUntil<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  return waitFor(what, timeoutMs, async () => {
    const v = await probe();
    return v === undefined ? undefined : { v };
  }).then(({ v }) => v);
}

export class FirefoxHarness implements ExtensionHarness {
  readonly browserName = 'firefox' as const;
  #apiPage: Page | undefined;
  #chromeContext: string | undefined;

  private constructor(
    readonly browser: Browser,
    readonly extensionOrigin: string,
    readonly manifestVersion: number,
    readonly browserVersion: string,
    readonly geckoId: string,
    readonly extensionDir: string,
  ) {}

  static async launch(opts: LaunchOptions): Promise<FirefoxHarness> {
    const manifest = JSON.parse(await readFile(join(opts.extensionDir, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    const geckoId = manifest.browser_specific_settings?.gecko?.id;
    if (!geckoId) throw new Error('the Firefox manifest needs browser_specific_settings.gecko.id (to pin the moz-extension UUID)');
    const uuid = randomUUID();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      dumpio: opts.dumpio ?? false,
      // Needed to open moz-extension:// pages and to use the chrome scope.
      args: ['--remote-allow-system-access', ...(opts.args ?? [])],
      extraPrefsFirefox: {
        // Pins moz-extension://<uuid>/ so the test knows the extension's origin.
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        ...(opts.lang ? localePrefs(opts.lang) : {}),
      },
    });
    try {
      const h = new FirefoxHarness(browser, `moz-extension://${uuid}`, manifest.manifest_version, await browser.version(), geckoId, opts.extensionDir);
      // Before the add-on is installed: it picks its locale file when it starts.
      if (opts.lang) await checkUiLanguage(h, opts.lang);
      await browser.installExtension(opts.extensionDir);
      return h;
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  get connection(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  async openTab(url: string): Promise<TestTab> {
    const page = await this.browser.newPage();
    await page.goto(url);
    return new FirefoxTab(page, this);
  }

  /**
   * Puppeteer never sees the load event of a moz-extension:// page, so the goto is
   * not awaited; instead poll until the document is the right one and complete.
   */
  async #openExtensionPage(path: string): Promise<Page> {
    const url = `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
    const page = await this.browser.newPage();
    void page.goto(url).catch(() => {});
    await pollUntil(`${url} to load`, 10_000, async () =>
      (await page.evaluate((u) => location.href === u && document.readyState === 'complete' && typeof (globalThis as { browser?: unknown }).browser === 'object', url)) || undefined,
    );
    return page;
  }

  async openExtensionPage(path: string): Promise<TestTab> {
    return new FirefoxTab(await this.#openExtensionPage(path), this);
  }

  /**
   * Firefox gives tests no handle on the background page, so API calls run in an
   * extension tab. `manifest.json` is used because it is a real extension document
   * (full `browser.*` API) that runs none of the extension's own code; a missing
   * path gives an error page without the API.
   */
  async #api(): Promise<Page> {
    if (this.#apiPage && !this.#apiPage.isClosed()) return this.#apiPage;
    this.#apiPage = await this.#openExtensionPage('manifest.json');
    return this.#apiPage;
  }

  async extensionEval<R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    const page = await this.#api();
    return (await page.evaluate(apiCall(fn.toString(), arg))) as Awaited<R>;
  }

  /** See firefox-popup.ts. */
  async openPopup(tab: TestTab): Promise<PopupHandle> {
    return openFirefoxPopup(this, await this.#api(), tab);
  }

  /** See firefox-prefs.ts. */
  setColorScheme(_tab: TestTab, scheme: 'light' | 'dark'): Promise<void> {
    return setColorScheme(this, scheme);
  }

  /** See firefox-prefs.ts. */
  setFileAccess(allowed: boolean): Promise<void> {
    return setFileAccess(this, allowed);
  }

  /** Runs `fn(arg)` with system privileges in the browser window (browser.xhtml). */
  async chromeEval<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    if (!this.#chromeContext) {
      const tree = (await this.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
        contexts: { context: string; url: string }[];
      };
      this.#chromeContext = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
      // ESR 140's WebDriver BiDi has no chrome scope at all (ESR 153's has): the
      // tests that need it (shortcut keys, request recording, colour scheme,
      // stopping the background, the profiler) cannot run there.
      if (!this.#chromeContext) throw new Error(`no browser.xhtml chrome context in ${this.browserVersion} (its WebDriver BiDi has no chrome scope, or --remote-allow-system-access is not set)`);
    }
    const res = (
      await this.connection.send('script.callFunction', {
        functionDeclaration: `async (argJson) => { ${NAME_SHIM} const r = await (${fn.toString()})(JSON.parse(argJson)); return JSON.stringify(r === undefined ? null : r); }`,
        target: { context: this.#chromeContext },
        awaitPromise: true,
        arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      })
    ).result as EvaluateResult;
    if (res.type === 'exception') throw new Error(res.exceptionDetails?.text);
    return JSON.parse(res.result?.value as string) as Awaited<R>;
  }

  async tabId(tab: TestTab): Promise<number> {
    await this.#api(); // open the API tab BEFORE activating `tab`: a new tab becomes active
    await tab.bringToFront();
    const ids = await this.extensionEval(async (api) =>
      (await api.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id ?? -1),
    );
    if (ids.length !== 1 || ids[0] === undefined || ids[0] < 0) throw new Error(`could not identify the tab: ${JSON.stringify(ids)}`);
    return ids[0];
  }

  badgeText(tabId: number): Promise<string> {
    return this.extensionEval((api, id) => {
      const a = (api as unknown as { action?: typeof api.action; browserAction?: typeof api.action });
      return (a.action ?? a.browserAction)!.getBadgeText({ tabId: id });
    }, tabId);
  }

  /**
   * BiDi `input.performActions` key events reach the page but NOT Firefox's shortcut
   * handling. nsITextInputProcessor in the chrome window produces native-like key
   * events: they go to the focused content (the page sees them) and then through the
   * browser's <key> handling, which fires `commands.onCommand`.
   */
  async pressShortcut(tab: TestTab, shortcut: string): Promise<void> {
    await tab.bringToFront();
    await this.chromeEval(
      (a: { mods: object[]; key: object }) => {
        const g = globalThis as unknown as {
          Cc: Record<string, { createInstance(i: unknown): TextInputProcessor }>;
          Ci: Record<string, unknown>;
        };
        interface TextInputProcessor {
          beginInputTransactionForTests(w: Window): boolean;
          keydown(e: KeyboardEvent): void;
          keyup(e: KeyboardEvent): void;
        }
        const tip = g.Cc['@mozilla.org/text-input-processor;1']!.createInstance(g.Ci.nsITextInputProcessor);
        if (!tip.beginInputTransactionForTests(window)) throw new Error('TextInputProcessor: no transaction');
        const K = (init: object) => new KeyboardEvent('', init);
        for (const m of a.mods) tip.keydown(K(m));
        tip.keydown(K(a.key));
        tip.keyup(K(a.key));
        for (const m of [...a.mods].reverse()) tip.keyup(K(m));
      },
      tipKeys(shortcut),
    );
  }

  async assignShortcut(command: string, shortcut: string): Promise<void> {
    // commands.update is Firefox-only, so it is missing from the Chrome-based typings.
    type FxCommands = { update(d: { name: string; shortcut: string }): Promise<void> };
    await this.extensionEval((api, a) => (api.commands as unknown as FxCommands).update({ name: a.command, shortcut: a.shortcut }), {
      command,
      shortcut: shortcut.replace(/\bControl\b/, 'Ctrl'),
    });
  }

  async shortcuts(): Promise<Record<string, string>> {
    const all = await this.extensionEval(async (api) => (await api.commands.getAll()).map((c) => [c.name ?? '', c.shortcut ?? ''] as const));
    return Object.fromEntries(all);
  }

  /**
   * MV3 (non-persistent) background: `extension.terminateBackground()` in the parent
   * process, what about:debugging's "Terminate background script" does. An MV2
   * persistent background page cannot be stopped.
   */
  async stopBackground(): Promise<void> {
    const state = await this.chromeEval(async (id: string) => {
      const p = (globalThis as unknown as { WebExtensionPolicy: { getByID(id: string): { extension: FxExtension } | null } }).WebExtensionPolicy.getByID(id);
      interface FxExtension {
        persistentBackground: boolean;
        backgroundState: string;
        terminateBackground(o: object): Promise<void>;
      }
      const ext = p?.extension;
      if (!ext) throw new Error(`extension ${id} not found`);
      if (ext.persistentBackground) return 'persistent';
      await ext.terminateBackground({ ignoreDevToolsAttached: true });
      return ext.backgroundState;
    }, this.geckoId);
    if (state === 'persistent') throw new Error('Firefox: a persistent (MV2) background page cannot be stopped');
    if (state !== 'stopped') throw new Error(`background state after terminate: ${state}`);
  }

  /** The background's lifecycle state in the parent process ('running', 'stopped', …). */
  backgroundState(): Promise<string | null> {
    return this.chromeEval((id: string) => {
      const p = (globalThis as unknown as { WebExtensionPolicy: { getByID(id: string): { extension?: { backgroundState?: string } } | null } }).WebExtensionPolicy.getByID(id);
      return p?.extension?.backgroundState ?? null;
    }, this.geckoId);
  }

  /**
   * Installs the temporary add-on again from `extensionDir` (same gecko id, so the
   * pinned UUID stays). Firefox closes the old add-on's extension tabs, invalidates old
   * content scripts and injects the new content scripts into matching open tabs.
   */
  async reloadExtension(): Promise<void> {
    await this.browser.installExtension(this.extensionDir);
    this.#apiPage = undefined;
    await pollUntil('the reinstalled background', 10_000, async () => ((await this.backgroundState()) === 'running' ? true : undefined));
  }

  /** See firefox-requests.ts. */
  recordRequests(): Promise<RequestRecorder> {
    return recordFirefoxRequests(this);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
  }
}

export const launchFirefox = (opts: LaunchOptions): Promise<FirefoxHarness> => FirefoxHarness.launch(opts);
