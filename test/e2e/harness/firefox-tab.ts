// A tab of the Firefox harness: a puppeteer page behind the common TestTab;
// its closed shadow roots are reached through raw BiDi (see FINDINGS.md).

import type { Page } from 'puppeteer-core';
import type { FirefoxHarness } from './firefox.ts';
import { createShadowUi, NAME_SHIM, NoShadowRootError, splitCombo, type ShadowDriver } from './shadow.ts';
import type { TestTab } from './types.ts';

export interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}
interface NodeValue {
  shadowRoot?: { sharedId?: string } | null;
}

export class FirefoxTab implements TestTab {
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
  setViewportSize(size: { width: number; height: number }) {
    return this.raw.setViewport(size);
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
