/**
 * Headless Chromium (Debian's /usr/bin/chromium) with an unpacked MV3 extension,
 * driven by playwright-core over CDP. Implements the common {@link ExtensionHarness}.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Request, type Worker } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createShadowUi, NAME_SHIM, NoShadowRootError, splitCombo, type ShadowDriver } from './shadow.ts';
import type { ExtensionApi, ExtensionHarness, LaunchOptions, PopupHandle, RequestRecorder, SeenRequest, TestTab } from './types.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Builds the expression `(fn)(api, arg)` so it can run where `new Function` is forbidden by CSP. */
function apiCall(fnSource: string, arg: unknown): string {
  return `(async () => { ${NAME_SHIM} return (${fnSource})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)}); })()`;
}

// Windows virtual key codes for the keys Chrome allows in `commands` shortcuts.
const VK: Record<string, [code: string, vk: number]> = {
  Comma: ['Comma', 188], Period: ['Period', 190], Home: ['Home', 36], End: ['End', 35],
  PageUp: ['PageUp', 33], PageDown: ['PageDown', 34], Space: ['Space', 32], Insert: ['Insert', 45],
  Delete: ['Delete', 46], Up: ['ArrowUp', 38], Down: ['ArrowDown', 40], Left: ['ArrowLeft', 37], Right: ['ArrowRight', 39],
};
const MODIFIERS: Record<string, { bit: number; key: string; code: string; vk: number }> = {
  Alt: { bit: 1, key: 'Alt', code: 'AltLeft', vk: 18 },
  Control: { bit: 2, key: 'Control', code: 'ControlLeft', vk: 17 },
  MacCtrl: { bit: 2, key: 'Control', code: 'ControlLeft', vk: 17 },
  Command: { bit: 4, key: 'Meta', code: 'MetaLeft', vk: 91 },
  Meta: { bit: 4, key: 'Meta', code: 'MetaLeft', vk: 91 },
  Shift: { bit: 8, key: 'Shift', code: 'ShiftLeft', vk: 16 },
};

function keyInfo(k: string): { key: string; code: string; vk: number } {
  if (/^[A-Za-z]$/.test(k)) return { key: k.toUpperCase(), code: `Key${k.toUpperCase()}`, vk: k.toUpperCase().charCodeAt(0) };
  if (/^[0-9]$/.test(k)) return { key: k, code: `Digit${k}`, vk: k.charCodeAt(0) };
  if (/^Key[A-Z]$/.test(k)) return keyInfo(k.slice(3));
  if (/^Digit[0-9]$/.test(k)) return keyInfo(k.slice(5));
  const named = VK[k];
  if (named) return { key: named[0], code: named[0], vk: named[1] };
  throw new Error(`unsupported shortcut key ${k}`);
}

/** A reply to a Runtime.evaluate sent through Target.sendMessageToTarget. */
interface RawReply {
  id?: number;
  error?: { message: string };
  result?: { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
}

class ChromiumTab implements TestTab {
  readonly browserName = 'chromium' as const;
  #cdp: Promise<CDPSession> | undefined;
  #tabId: number | undefined;
  constructor(readonly raw: Page, private readonly harness: ChromiumHarness) {}

  cdp(): Promise<CDPSession> {
    this.#cdp ??= this.raw.context().newCDPSession(this.raw);
    return this.#cdp;
  }
  async goto(url: string) {
    await this.raw.goto(url);
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) {
    return this.raw.evaluate(fn as (arg: unknown) => R, arg) as Promise<Awaited<R>>;
  }
  async addInitScript<A>(fn: (arg: A) => unknown, arg?: A) {
    await this.raw.addInitScript(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`);
  }
  ui(hostSelector = 'related-coverage-sidebar', hostIndex = 0) {
    const driver: ShadowDriver = {
      callWithRoot: (fnSource, arg) => this.#callWithRoot(hostSelector, hostIndex, fnSource, arg),
      mouseClick: (x, y) => this.raw.mouse.click(x, y),
      press: (key) => this.raw.keyboard.press(key),
      type: (text, delayMs) => this.raw.keyboard.type(text, { delay: delayMs ?? 0 }),
    };
    return createShadowUi(driver);
  }
  /**
   * host (main world object) → DOM.describeNode(pierce) → shadowRoots[].backendNodeId
   * → DOM.resolveNode → Runtime.callFunctionOn with the ShadowRoot as `this`.
   * Everything goes into one object group that is released afterwards.
   */
  async #callWithRoot(hostSelector: string, hostIndex: number, fnSource: string, arg: unknown): Promise<unknown> {
    const cdp = await this.cdp();
    const objectGroup = 'e2e-shadow';
    try {
      // From the prototype: a page's <img name="querySelectorAll"> clobbers document's own.
      const { result: host } = await cdp.send('Runtime.evaluate', {
        expression: `(() => { const all = Document.prototype.querySelectorAll.call(document, ${JSON.stringify(hostSelector)}); return all[${hostIndex} < 0 ? all.length + ${hostIndex} : ${hostIndex}] ?? null; })()`,
        objectGroup,
      });
      if (!host.objectId) throw new NoShadowRootError(`no ${hostSelector}[${hostIndex}] in ${this.raw.url()}`);
      const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 0, pierce: true });
      const root = node.shadowRoots?.find((r) => r.shadowRootType !== 'user-agent');
      if (!root) throw new NoShadowRootError(`${hostSelector} has no shadow root`);
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, objectGroup });
      const res = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `async function (argJson) { ${NAME_SHIM} const r = await (${fnSource})(this, JSON.parse(argJson)); return JSON.stringify(r === undefined ? null : r); }`,
        arguments: [{ value: JSON.stringify(arg ?? null) }],
        awaitPromise: true,
        returnByValue: true,
        objectGroup,
      });
      if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
      return JSON.parse(res.result.value as string);
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => {});
    }
  }
  press(key: string) {
    return this.raw.keyboard.press(key);
  }
  async screenshot() {
    return new Uint8Array(await this.raw.screenshot());
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

  /**
   * `chrome.action.openPopup()` works in headless Chromium 156 and creates a `page`
   * target for popup.html, but Playwright does not expose it as a Page. So attach to it
   * with a NON-flattened session (`Target.attachToTarget({ flatten: false })` +
   * `Target.sendMessageToTarget`; deprecated in CDP but works) and use Runtime.evaluate.
   */
  async openPopup(tab: TestTab): Promise<PopupHandle> {
    const cdp = await this.browserCdp();
    const popupUrl = `${this.extensionOrigin}/`;
    const before = new Set((await cdp.send('Target.getTargets')).targetInfos.map((t) => t.targetId));
    await tab.bringToFront();
    await this.extensionEval((api) => api.action.openPopup());
    const findTarget = async () => {
      for (let i = 0; i < 250; i++) {
        const t = (await cdp.send('Target.getTargets')).targetInfos.find(
          (x) => x.type === 'page' && x.url.startsWith(popupUrl) && !before.has(x.targetId),
        );
        if (t) return t;
        await sleep(20);
      }
      const now = (await cdp.send('Target.getTargets')).targetInfos.map((x) => `${x.type} ${x.url}${before.has(x.targetId) ? ' (before)' : ''}`);
      throw new Error(`the popup did not open; targets: ${now.join(', ')}`);
    };
    // The popup's target can be replaced while it starts (its session then
    // reports "No session with given id"): find it and attach again.
    let attached: { targetId: string; sessionId: string } | null = null;
    const attach = async () => {
      const target = await findTarget();
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      attached = { targetId: target.targetId, sessionId };
      return attached;
    };
    let nextId = 0;
    const pending = new Map<number, (m: RawReply) => void>();
    const onMessage = (e: { sessionId?: string; message: string }) => {
      if (e.sessionId !== attached?.sessionId) return;
      const m = JSON.parse(e.message) as RawReply;
      if (m.id !== undefined) pending.get(m.id)?.(m);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    const evaluateOnce = async (expression: string): Promise<unknown> => {
      const { sessionId } = attached ?? (await attach());
      const id = ++nextId;
      const reply = new Promise<RawReply>((r) => pending.set(id, r));
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
      });
      const m = await reply;
      pending.delete(id);
      if (m.error) throw new Error(m.error.message);
      if (m.result?.exceptionDetails) throw new Error(m.result.exceptionDetails.exception?.description ?? m.result.exceptionDetails.text);
      return m.result?.result.value;
    };
    const evaluate = async (expression: string): Promise<unknown> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await evaluateOnce(expression);
        } catch (e) {
          if (attempt >= 3 || !/No session with given id/.test(String(e))) throw e;
          attached = null;
          await sleep(50);
        }
      }
    };
    for (let i = 0; i < 250 && (await evaluate('document.readyState')) !== 'complete'; i++) await sleep(20);
    return {
      evaluate: async <R, A>(fn: (win: Window, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> =>
        JSON.parse((await evaluate(`(async () => { ${NAME_SHIM} const r = await (${fn.toString()})(window, ${JSON.stringify(arg ?? null)}); return JSON.stringify(r === undefined ? null : r); })()`)) as string) as Awaited<R>,
      close: async () => {
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (attached) await cdp.send('Target.closeTarget', { targetId: attached.targetId }).catch(() => {});
      },
    };
  }

  async setColorScheme(tab: TestTab, scheme: 'light' | 'dark'): Promise<void> {
    await (tab.raw as { emulateMedia(o: { colorScheme: 'light' | 'dark' }): Promise<void> }).emulateMedia({ colorScheme: scheme });
  }

  /** The extension's service worker targets known to the browser right now (none = stopped). */
  async #workerTargets() {
    const cdp = await this.browserCdp();
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(this.extensionOrigin + '/'));
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
        await cdp.send('ServiceWorker.startWorker', { scopeURL: this.extensionOrigin + '/' });
      } finally {
        await cdp.detach().catch(() => {});
      }
      for (let i = 0; i < 100 && (await this.#workerTargets()).length === 0; i++) await sleep(20);
    }
    for (let i = 0; i < 100; i++) {
      const w = this.context.serviceWorkers().find((x) => x.url().startsWith(this.extensionOrigin + '/'));
      if (w) return w;
      await sleep(20);
    }
    throw new Error('extension service worker not found');
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
    const cdp = await tab.cdp();
    const { modifiers, key } = splitCombo(shortcut);
    const mods = modifiers.map((m) => {
      const info = MODIFIERS[m];
      if (!info) throw new Error(`unknown modifier ${m}`);
      return info;
    });
    const k = keyInfo(key);
    let bits = 0;
    for (const m of mods) {
      bits |= m.bit;
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: bits, key: m.key, code: m.code, windowsVirtualKeyCode: m.vk, nativeVirtualKeyCode: m.vk });
    }
    const ev = { modifiers: bits, key: k.key, code: k.code, windowsVirtualKeyCode: k.vk, nativeVirtualKeyCode: k.vk };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...ev });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...ev });
    for (const m of mods.reverse()) {
      bits &= ~m.bit;
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: bits, key: m.key, code: m.code, windowsVirtualKeyCode: m.vk, nativeVirtualKeyCode: m.vk });
    }
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
    for (let i = 0; i < 250; i++) {
      if ((await this.#workerTargets()).length === 0) return;
      if (i % 10 === 9) {
        const now = await this.extensionEval(() => (globalThis as unknown as { __e2eInstance?: number }).__e2eInstance ?? null);
        if (now !== mark) return;
      }
      await sleep(20);
    }
    throw new Error('service worker did not stop within 5 s');
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
    const isExt = (w: Worker) => w.url().startsWith(this.extensionOrigin + '/');
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
    const isExt = (w: Worker) => w.url().startsWith(this.extensionOrigin + '/');
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
  async recordRequests(): Promise<RequestRecorder> {
    const requests: SeenRequest[] = [];
    const onRequest = (r: Request) => {
      const sw = r.serviceWorker();
      let initiator: string | undefined;
      try {
        initiator = sw ? sw.url() : r.frame().url();
      } catch {
        initiator = undefined; // frame() throws for requests without a frame
      }
      // A chrome-extension:// URL is the extension loading its own files, not network.
      const source: SeenRequest['source'] = sw
        ? 'background'
        : initiator?.startsWith('chrome-extension://') || r.url().startsWith('chrome-extension://')
          ? 'extension_page'
          : 'page';
      requests.push({ url: r.url(), method: r.method(), source, ...(initiator ? { initiator } : {}) });
    };
    this.context.on('request', onRequest);
    return {
      take: async () => [...requests],
      stop: async () => {
        this.context.off('request', onRequest);
        return [...requests];
      },
    };
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    await rm(this.profileDir, { recursive: true, force: true });
  }
}

export const launchChromium = (opts: LaunchOptions): Promise<ChromiumHarness> => ChromiumHarness.launch(opts);
