/**
 * Reading and operating UI inside a CLOSED shadow root from a test.
 *
 * Page scripts (and Playwright/Puppeteer selectors, which run as page scripts)
 * cannot see a closed root. The protocols can:
 * - Chromium (CDP): `DOM.describeNode({ objectId: host, pierce: true })` lists
 *   `shadowRoots` with `shadowRootType: 'closed'`; `DOM.resolveNode` turns one
 *   into a JS object we can call functions on (see chromium.ts).
 * - Firefox (WebDriver BiDi): `script.evaluate` with
 *   `serializationOptions: { includeShadowTree: 'all' }` serializes the host
 *   with `shadowRoot: { sharedId, value: { mode: 'closed' } }`; that sharedId
 *   can be passed as an argument to `script.callFunction` (see firefox.ts).
 *
 * Each browser only supplies the small {@link ShadowDriver}; everything else is
 * shared here so that both browsers run the same in-page code.
 *
 * Clicks and key presses are real (trusted) input through the protocol at the
 * element's coordinates / the focused element, not `el.click()`, so handlers
 * that check `event.isTrusted`, focus handling and hit-testing are exercised.
 */

import { waitFor } from './wait.ts';

/**
 * Functions are sent to the browser as source text. esbuild with `keepNames` (tsx
 * does this) rewrites inner named functions to `__name(fn, "name")`, a helper that
 * does not exist in the page; every wrapper we build defines a no-op one first.
 */
export const NAME_SHIM = 'const __name = (f, _n) => f;';

/** Minimal per-browser primitives that {@link createShadowUi} builds on. */
export interface ShadowDriver {
  /**
   * Runs `fnSource` — the source of `(root: ShadowRoot, arg) => any` — in the
   * page with the shadow root of the `hostIndex`-th `hostSelector` match
   * (negative counts from the end) and returns its JSON-serializable result
   * (promises are awaited). Rejects with a {@link NoShadowRootError} if there is
   * no such host or it has no shadow root.
   */
  callWithRoot(fnSource: string, arg: unknown): Promise<unknown>;
  /** A trusted mouse click at viewport CSS-pixel coordinates. */
  mouseClick(x: number, y: number): Promise<void>;
  /** A trusted key press at whatever has focus; `key` may be a combo like 'Shift+Tab'. */
  press(key: string): Promise<void>;
  /** Types text into whatever has focus, as trusted key events, `delayMs` apart (default 0). */
  type(text: string, delayMs?: number): Promise<void>;
}

export class NoShadowRootError extends Error {
  override name = 'NoShadowRootError';
}

export interface ShadowUiOptions {
  /** Default for the `wait*` helpers. */
  timeoutMs?: number;
}

export interface ShadowUi {
  /** Whether the host exists and has a shadow root (never throws). */
  exists(): Promise<boolean>;
  count(selector: string): Promise<number>;
  /** `textContent` (whitespace-collapsed, trimmed) of the first match; throws if none. */
  text(selector: string): Promise<string>;
  texts(selector: string): Promise<string[]>;
  attr(selector: string, name: string): Promise<string | null>;
  /** Whether the first match is rendered (has a box and is not visibility:hidden). */
  visible(selector: string): Promise<boolean>;
  /**
   * Scrolls the first match into view and clicks its centre with the real mouse.
   * Throws if it has no box or if something else would receive the click
   * (like Playwright's actionability check).
   */
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /**
   * Focuses the first match, then types `text` with real key events. `delayMs`
   * between keys (default 0: as fast as the protocol goes, faster than a person).
   */
  type(selector: string, text: string, options?: { delayMs?: number }): Promise<void>;
  /** Real key press on whatever has focus, e.g. 'ArrowDown', 'Escape', 'Shift+Tab'. */
  press(key: string): Promise<void>;
  /** Whether the focused element inside the root (`root.activeElement`) matches `selector`. */
  focused(selector: string): Promise<boolean>;
  /** Escape hatch: run any function against the root in the page. Must be self-contained. */
  evaluate<R, A = undefined>(fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** Polls until `count(selector)` equals `n`. */
  waitForCount(selector: string, n: number, timeoutMs?: number): Promise<void>;
  /** Polls until the first match's text equals `expected` (string) or matches it (RegExp). */
  waitForText(selector: string, expected: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Polls until the host with its shadow root exists. */
  waitForHost(timeoutMs?: number): Promise<void>;
}

// In-page functions. They are sent as source text, so they must not close over
// anything from this module.
const norm = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
const inPage = {
  count: (root: ShadowRoot, sel: string) => root.querySelectorAll(sel).length,
  texts: (root: ShadowRoot, sel: string) =>
    Array.from(root.querySelectorAll(sel), (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()),
  attr: (root: ShadowRoot, a: { sel: string; name: string }) => {
    const el = root.querySelector(a.sel);
    if (!el) throw new Error(`no element matches ${a.sel}`);
    return el.getAttribute(a.name);
  },
  visible: (root: ShadowRoot, sel: string) => {
    const el = root.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  },
  /** Returns the click point, after checking the element would really get the click. */
  clickPoint: (root: ShadowRoot, sel: string) => {
    const el = root.querySelector(sel);
    if (!el) throw new Error(`no element matches ${sel}`);
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) throw new Error(`${sel} has no box (hidden?)`);
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    // Firefox's ShadowRoot.elementFromPoint ignores everything outside the root
    // (a page overlay is not reported), so first check at document level that the
    // topmost element is our outermost host (hits inside a shadow tree are
    // retargeted to it), then look inside the root.
    let outer: Element = root.host;
    for (let r = outer.getRootNode(); r instanceof ShadowRoot; r = outer.getRootNode()) outer = r.host;
    const top = document.elementFromPoint(x, y);
    if (top !== outer) {
      throw new Error(`${sel} is covered at (${x}, ${y}) by ${top ? top.outerHTML.slice(0, 80) : 'nothing (off screen?)'}`);
    }
    const hit = root.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) {
      throw new Error(`${sel} is covered at (${x}, ${y}) by ${hit ? hit.outerHTML.slice(0, 80) : 'nothing in this root'}`);
    }
    return { x, y };
  },
  focus: (root: ShadowRoot, sel: string) => {
    const el = root.querySelector(sel);
    if (!(el instanceof HTMLElement || el instanceof SVGElement)) throw new Error(`no focusable element matches ${sel}`);
    el.focus();
    return root.activeElement === el;
  },
  focused: (root: ShadowRoot, sel: string) => !!root.activeElement && root.activeElement.matches(sel),
};

export function createShadowUi(driver: ShadowDriver, options: ShadowUiOptions = {}): ShadowUi {
  const defaultTimeout = options.timeoutMs ?? 5_000;
  const call = <R>(fn: (root: ShadowRoot, arg: never) => unknown, arg: unknown) =>
    driver.callWithRoot(fn.toString(), arg) as Promise<R>;

  async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
    let last: T | undefined;
    const found = await waitFor(
      what,
      timeoutMs,
      async () => {
        last = await probe();
        return ok(last) ? { last } : null;
      },
      () => `last value ${JSON.stringify(last)}`,
    );
    return found.last;
  }

  const ui: ShadowUi = {
    exists: () => call(() => true, null).then(() => true, () => false),
    count: (sel) => call<number>(inPage.count, sel),
    texts: (sel) => call<string[]>(inPage.texts, sel),
    async text(sel) {
      const all = await ui.texts(sel);
      if (all.length === 0) throw new Error(`no element matches ${sel}`);
      return norm(all[0] ?? '');
    },
    attr: (sel, name) => call<string | null>(inPage.attr, { sel, name }),
    visible: (sel) => call<boolean>(inPage.visible, sel),
    async click(sel) {
      const { x, y } = await call<{ x: number; y: number }>(inPage.clickPoint, sel);
      await driver.mouseClick(x, y);
    },
    async focus(sel) {
      if (!(await call<boolean>(inPage.focus, sel))) throw new Error(`${sel} did not take focus`);
    },
    async type(sel, text, options) {
      await ui.focus(sel);
      await driver.type(text, options?.delayMs);
    },
    press: (key) => driver.press(key),
    focused: (sel) => call<boolean>(inPage.focused, sel),
    evaluate: (fn, arg) => driver.callWithRoot(fn.toString(), arg ?? null) as never,
    async waitForCount(sel, n, timeoutMs = defaultTimeout) {
      await poll(`${n} × ${sel}`, timeoutMs, () => ui.count(sel), (c) => c === n);
    },
    waitForText: (sel, expected, timeoutMs = defaultTimeout) =>
      poll(`text of ${sel} to be ${String(expected)}`, timeoutMs, () => ui.text(sel), (t) =>
        typeof expected === 'string' ? t === expected : expected.test(t),
      ),
    async waitForHost(timeoutMs = defaultTimeout) {
      await poll('the shadow host', timeoutMs, () => ui.exists(), (e) => e);
    },
  };
  return ui;
}

/**
 * Splits 'Control+Shift+KeyY' / 'Alt+Shift+R' into modifiers and the main key.
 * Shared by the drivers that have to press combos themselves.
 */
export function splitCombo(combo: string): { modifiers: string[]; key: string } {
  const parts = combo.split('+');
  // A trailing '+' means the key itself is '+', e.g. 'Control++'.
  const key = combo.endsWith('++') ? '+' : (parts.pop() ?? '');
  const modifiers = parts.filter((p) => p !== '').map((m) => (m === 'Ctrl' ? 'Control' : m));
  return { modifiers, key };
}
