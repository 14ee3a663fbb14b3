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
import { createShadowUi, NAME_SHIM, NoShadowRootError, splitCombo, type ShadowDriver } from './shadow.ts';
import type { ExtensionApi, ExtensionHarness, LaunchOptions, PopupHandle, RequestRecorder, SeenRequest, TestTab } from './types.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The bits of puppeteer's BiDi connection we use. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}
interface NodeValue {
  shadowRoot?: { sharedId?: string } | null;
}

function apiCall(fnSource: string, arg: unknown): string {
  return `(async () => { ${NAME_SHIM} return (${fnSource})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)}); })()`;
}

async function pollUntil<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

class FirefoxTab implements TestTab {
  readonly browserName = 'firefox' as const;
  #tabId: number | undefined;
  constructor(readonly raw: Page, private readonly harness: FirefoxHarness) {}

  /** BiDi browsing context id of the tab's top frame (puppeteer internal). */
  get contextId(): string {
    return (this.raw.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  }
  async goto(url: string) {
    await this.raw.goto(url);
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) {
    return this.raw.evaluate(fn as (arg: unknown) => R, arg) as Promise<Awaited<R>>;
  }
  async addInitScript<A>(fn: (arg: A) => unknown, arg?: A) {
    await this.raw.evaluateOnNewDocument(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`);
  }
  ui(hostSelector = 'related-coverage-sidebar', hostIndex = 0) {
    const driver: ShadowDriver = {
      callWithRoot: (fnSource, arg) => this.#callWithRoot(hostSelector, hostIndex, fnSource, arg),
      mouseClick: (x, y) => this.raw.mouse.click(x, y),
      press: (key) => this.press(key),
      type: (text, delayMs) => this.raw.keyboard.type(text, { delay: delayMs ?? 0 }),
    };
    return createShadowUi(driver);
  }
  /**
   * `script.evaluate` with `includeShadowTree: 'all'` serializes the host's CLOSED
   * shadow root (`{ sharedId, value: { mode: 'closed' } }`; maxDomDepth 0 suffices);
   * the sharedId is then accepted as an argument of `script.callFunction`.
   */
  async #callWithRoot(hostSelector: string, hostIndex: number, fnSource: string, arg: unknown): Promise<unknown> {
    const conn = this.harness.connection;
    const target = { context: this.contextId };
    const host = (
      // From the prototype: a page's <img name="querySelectorAll"> clobbers document's own.
      await conn.send('script.evaluate', {
        expression: `(() => { const all = Document.prototype.querySelectorAll.call(document, ${JSON.stringify(hostSelector)}); return all[${hostIndex} < 0 ? all.length + ${hostIndex} : ${hostIndex}] ?? null; })()`,
        target,
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      })
    ).result as EvaluateResult;
    if (host.type === 'exception') throw new Error(host.exceptionDetails?.text);
    if (host.result?.type !== 'node') throw new NoShadowRootError(`no ${hostSelector}[${hostIndex}]`);
    const rootId = (host.result.value as NodeValue).shadowRoot?.sharedId;
    if (!rootId) throw new NoShadowRootError(`${hostSelector} has no shadow root`);
    const res = (
      await conn.send('script.callFunction', {
        functionDeclaration: `async (root, argJson) => { ${NAME_SHIM} const r = await (${fnSource})(root, JSON.parse(argJson)); return JSON.stringify(r === undefined ? null : r); }`,
        target,
        awaitPromise: true,
        arguments: [{ sharedId: rootId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
      })
    ).result as EvaluateResult;
    if (res.type === 'exception') throw new Error(res.exceptionDetails?.text);
    return JSON.parse(res.result?.value as string);
  }
  /** Puppeteer's keyboard.press takes one key; combos are pressed as down/press/up. */
  async press(combo: string) {
    const { modifiers, key } = splitCombo(combo);
    for (const m of modifiers) await this.raw.keyboard.down(m as 'Shift');
    await this.raw.keyboard.press(key as 'Enter');
    for (const m of [...modifiers].reverse()) await this.raw.keyboard.up(m as 'Shift');
  }
  async screenshot() {
    return await this.raw.screenshot();
  }
  bringToFront() {
    return this.raw.bringToFront();
  }
  async tabId() {
    this.#tabId ??= await this.harness.tabId(this);
    return this.#tabId;
  }
  async close() {
    await this.raw.close();
  }
}

// KeyboardEvent inits for nsITextInputProcessor (keyCode is what XUL <key> matching uses).
const TIP_MODIFIERS: Record<string, { key: string; code: string; keyCode: number }> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Control: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  MacCtrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  Command: { key: 'Meta', code: 'MetaLeft', keyCode: 91 },
  Meta: { key: 'Meta', code: 'MetaLeft', keyCode: 91 },
};
const TIP_NAMED: Record<string, { key: string; code: string; keyCode: number }> = {
  Comma: { key: ',', code: 'Comma', keyCode: 188 }, Period: { key: '.', code: 'Period', keyCode: 190 },
  Home: { key: 'Home', code: 'Home', keyCode: 36 }, End: { key: 'End', code: 'End', keyCode: 35 },
  PageUp: { key: 'PageUp', code: 'PageUp', keyCode: 33 }, PageDown: { key: 'PageDown', code: 'PageDown', keyCode: 34 },
  Space: { key: ' ', code: 'Space', keyCode: 32 }, Insert: { key: 'Insert', code: 'Insert', keyCode: 45 },
  Delete: { key: 'Delete', code: 'Delete', keyCode: 46 }, Up: { key: 'ArrowUp', code: 'ArrowUp', keyCode: 38 },
  Down: { key: 'ArrowDown', code: 'ArrowDown', keyCode: 40 }, Left: { key: 'ArrowLeft', code: 'ArrowLeft', keyCode: 37 },
  Right: { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 },
};
function tipKey(k: string): { key: string; code: string; keyCode: number } {
  const bare = k.replace(/^Key(?=[A-Z]$)|^Digit(?=[0-9]$)/, '');
  if (/^[A-Za-z]$/.test(bare)) return { key: bare.toUpperCase(), code: `Key${bare.toUpperCase()}`, keyCode: bare.toUpperCase().charCodeAt(0) };
  if (/^[0-9]$/.test(bare)) return { key: bare, code: `Digit${bare}`, keyCode: bare.charCodeAt(0) };
  const named = TIP_NAMED[bare];
  if (!named) throw new Error(`unsupported shortcut key ${k}`);
  return named;
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
      // Pins moz-extension://<uuid>/ so the test knows the extension's origin.
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
    });
    try {
      await browser.installExtension(opts.extensionDir);
    } catch (e) {
      await browser.close();
      throw e;
    }
    const version = await browser.version();
    return new FirefoxHarness(browser, `moz-extension://${uuid}`, manifest.manifest_version, version, geckoId, opts.extensionDir);
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

  /**
   * `browserAction.openPopup()` (`action` in MV3) works headless without a user gesture.
   * The popup is not a BiDi browsing context, but it is a same-origin window of the
   * extension, so the API tab reaches it with `browser.extension.getViews({ type: 'popup' })`.
   */
  async openPopup(tab: TestTab): Promise<PopupHandle> {
    const api = await this.#api();
    await tab.bringToFront();
    await this.extensionEval((b) => {
      const a = b as unknown as { action?: { openPopup(): Promise<void> }; browserAction?: { openPopup(): Promise<void> } };
      return (a.action ?? a.browserAction)!.openPopup();
    });
    await pollUntil('the popup to load', 5_000, () =>
      api.evaluate(() => {
        const views = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser.extension.getViews({ type: 'popup' });
        return views[0]?.document.readyState === 'complete' ? true : undefined;
      }),
    );
    const run = (src: string) => api.evaluate(src);
    const popupExpr = `globalThis.browser.extension.getViews({ type: 'popup' })[0]`;
    return {
      evaluate: async <R, A>(fn: (win: Window, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> =>
        JSON.parse((await run(`(async () => { ${NAME_SHIM} const w = ${popupExpr}; if (!w) throw new Error('popup closed'); const r = await (${fn.toString()})(w, ${JSON.stringify(arg ?? null)}); return JSON.stringify(r === undefined ? null : r); })()`)) as string) as Awaited<R>,
      close: async () => void (await run(`${popupExpr}?.close()`)),
    };
  }

  /** Runs `fn(arg)` with system privileges in the browser window (browser.xhtml). */
  /** BiDi has no media emulation: set the pref behind about:preferences' website appearance (0 dark, 1 light). */
  async setColorScheme(_tab: TestTab, scheme: 'light' | 'dark'): Promise<void> {
    await this.chromeEval((value: number) => {
      const g = globalThis as unknown as { Services: { prefs: { setIntPref(k: string, v: number): void } } };
      g.Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', value);
    }, scheme === 'dark' ? 0 : 1);
  }

  async chromeEval<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    if (!this.#chromeContext) {
      const tree = (await this.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
        contexts: { context: string; url: string }[];
      };
      this.#chromeContext = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
      if (!this.#chromeContext) throw new Error('no browser.xhtml chrome context (is --remote-allow-system-access set?)');
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
    const { modifiers, key } = splitCombo(shortcut);
    const mods = modifiers.map((m) => {
      const info = TIP_MODIFIERS[m];
      if (!info) throw new Error(`unknown modifier ${m}`);
      return info;
    });
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
      { mods, key: tipKey(key) },
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

  /**
   * What about:addons' "Access your local files" toggle does: add or remove the
   * internal:fileSchemeAllowed permission with ExtensionPermissions in the parent.
   * New documents see it at once; no reload.
   */
  async setFileAccess(allowed: boolean): Promise<void> {
    const now = await this.chromeEval(
      async (a: { id: string; allowed: boolean }) => {
        const g = globalThis as unknown as {
          ChromeUtils: { importESModule(url: string): { ExtensionPermissions: Record<'add' | 'remove', (id: string, p: object, ext?: unknown) => Promise<void>> } };
          WebExtensionPolicy: { getByID(id: string): { extension?: unknown; fileSchemeAllowed: boolean } | null };
        };
        const { ExtensionPermissions } = g.ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        const policy = g.WebExtensionPolicy.getByID(a.id);
        await ExtensionPermissions[a.allowed ? 'add' : 'remove'](a.id, { origins: [], permissions: ['internal:fileSchemeAllowed'] }, policy?.extension);
        return g.WebExtensionPolicy.getByID(a.id)?.fileSchemeAllowed ?? null;
      },
      { id: this.geckoId, allowed },
    );
    if (now !== allowed) throw new Error(`file access is ${now}, wanted ${allowed}`);
  }

  /**
   * BiDi network events (what puppeteer's page.on('request') uses) only cover web
   * pages: requests of extension pages, the background page and content scripts do
   * not show up. So observe `http-on-modify-request` in the parent process, which sees
   * every HTTP(S) request, and classify it by the channel's triggering principal.
   */
  async recordRequests(): Promise<RequestRecorder> {
    const key = `e2e${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
    await this.chromeEval(
      (a: { key: string; origin: string }) => {
        interface Principal {
          isSystemPrincipal: boolean;
          isExpandedPrincipal: boolean;
          origin: string;
        }
        interface Channel {
          QueryInterface(i: unknown): Channel;
          URI: { spec: string };
          requestMethod: string;
          loadInfo: { triggeringPrincipal: Principal | null; browsingContextID: number } | null;
        }
        const g = globalThis as unknown as {
          Ci: Record<string, unknown>;
          Services: { obs: { addObserver(o: object, t: string): void; removeObserver(o: object, t: string): void } };
          BrowsingContext: { get(id: number): { currentWindowGlobal?: { documentURI?: { spec: string } } } | null };
          __e2eNet?: Record<string, { list: object[]; stop(): void }>;
        };
        const list: object[] = [];
        const observer = {
          observe(subject: Channel) {
            try {
              this.record(subject);
            } catch (e) {
              list.push({ url: 'about:e2e-observer-error', method: 'GET', source: 'browser', initiator: String(e) });
            }
          },
          record(subject: Channel) {
            const ch = subject.QueryInterface(g.Ci.nsIHttpChannel);
            const li = ch.loadInfo;
            const p = li?.triggeringPrincipal;
            let source = 'page';
            let initiator: string | undefined;
            try {
              initiator = li?.browsingContextID ? g.BrowsingContext.get(li.browsingContextID)?.currentWindowGlobal?.documentURI?.spec : undefined;
            } catch {
              initiator = undefined;
            }
            if (!p || p.isSystemPrincipal) source = 'browser';
            else if (p.isExpandedPrincipal) {
              // Content-script requests carry an expanded principal whose origin reads
              // "[Expanded Principal [<page origin>, moz-extension://<uuid>]]"
              // (nsIExpandedPrincipal itself is not scriptable).
              source = String(p.origin).includes(a.origin) ? 'content_script' : 'page';
            } else if (p.origin === a.origin) {
              source = initiator?.includes('/_generated_background_page.html') || initiator?.includes('/background') ? 'background' : 'extension_page';
            }
            list.push({ url: ch.URI.spec, method: ch.requestMethod, source, ...(initiator ? { initiator } : {}) });
          },
        };
        g.Services.obs.addObserver(observer, 'http-on-modify-request');
        g.__e2eNet ??= {};
        g.__e2eNet[a.key] = { list, stop: () => g.Services.obs.removeObserver(observer, 'http-on-modify-request') };
      },
      { key, origin: this.extensionOrigin },
    );
    const take = () =>
      this.chromeEval((k: string) => (globalThis as unknown as { __e2eNet: Record<string, { list: SeenRequest[] }> }).__e2eNet[k]!.list, key);
    return {
      take,
      stop: async () => {
        const all = await take();
        await this.chromeEval((k: string) => {
          const reg = (globalThis as unknown as { __e2eNet: Record<string, { stop(): void } | undefined> }).__e2eNet;
          reg[k]?.stop();
          delete reg[k];
        }, key);
        return all;
      },
    };
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
  }
}

export const launchFirefox = (opts: LaunchOptions): Promise<FirefoxHarness> => FirefoxHarness.launch(opts);
