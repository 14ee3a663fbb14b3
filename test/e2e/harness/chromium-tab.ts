// A tab of the Chromium harness: a Playwright page behind the common TestTab.

import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumHarness } from './chromium.ts';
import { createShadowUi, NAME_SHIM, NoShadowRootError, type ShadowDriver } from './shadow.ts';
import type { TestTab } from './types.ts';

export class ChromiumTab implements TestTab {
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
  setViewportSize(size: { width: number; height: number }) {
    return this.raw.setViewportSize(size);
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
