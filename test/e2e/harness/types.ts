/**
 * The one interface both browser harnesses implement, so a test can run the same
 * steps in Chromium (playwright-core over CDP) and Firefox ESR (puppeteer-core
 * over WebDriver BiDi). See FINDINGS.md for why each method works the way it does.
 */
import type { Browser as WebExtBrowser } from 'wxt/browser';
import type { ShadowUi } from './shadow.ts';

export type BrowserName = 'chromium' | 'firefox';

/** The `chrome` / `browser` namespace as seen inside an extension context. */
export type ExtensionApi = typeof WebExtBrowser;

export interface LaunchOptions {
  /** Absolute path of the unpacked extension (e.g. `.output/chrome-mv3`). */
  extensionDir: string;
  /** Firefox only: pipe the browser's stdout/stderr (puppeteer `dumpio`). For Chromium use DEBUG=pw:browser. */
  dumpio?: boolean;
  /** Extra command-line arguments. */
  args?: string[];
  /**
   * The browser's interface language (e.g. "zh-TW"), which
   * browser.i18n.getUILanguage() reports and the extension's strings follow:
   * Chromium's --lang; in Firefox a profile pref and the language pack, which
   * must be installed (see firefox-locale.ts).
   */
  lang?: string;
}

export interface TestTab {
  readonly browserName: BrowserName;
  /** The harness's own page object (Playwright `Page` / Puppeteer `Page`) for anything not wrapped here. */
  readonly raw: unknown;
  goto(url: string): Promise<void>;
  /** Runs a function in the page's main world (not the content script's world). Must be self-contained. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /**
   * Runs `fn(arg)` in the main world of every document this tab loads from now on
   * (each frame), before the page's own scripts and whatever its CSP says (Playwright
   * `addInitScript` / Puppeteer `evaluateOnNewDocument`, a BiDi preload script).
   * Open the tab at about:blank, add the script, then `goto`. Must be self-contained.
   */
  addInitScript<A = undefined>(fn: (arg: A) => unknown, arg?: A): Promise<void>;
  /** Accessor for the UI in the closed shadow root of `hostSelector` (default `related-coverage-sidebar`). */
  ui(hostSelector?: string, hostIndex?: number): ShadowUi;
  /** A trusted key press at the focused element (combos like 'Shift+Tab' allowed). */
  press(key: string): Promise<void>;
  /** PNG of the viewport. */
  screenshot(): Promise<Uint8Array>;
  /** Sets the size of the tab's viewport in CSS pixels (the next layout uses it). */
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  bringToFront(): Promise<void>;
  /** The extension API's id of this tab (cached; see {@link ExtensionHarness.tabId}). */
  tabId(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Who made a request (best effort):
 * - 'background': Chromium service worker / Firefox background page
 * - 'extension_page': popup/options or any moz-extension:// / chrome-extension:// document
 * - 'content_script': Firefox only (its requests carry an expanded principal)
 * - 'page': the web page; in Chromium this ALSO includes its content scripts' requests
 * - 'browser': the browser itself (Firefox remote settings etc.), not the extension
 */
export type RequestSource = 'background' | 'extension_page' | 'content_script' | 'page' | 'browser';

export interface SeenRequest {
  url: string;
  method: string;
  source: RequestSource;
  /** URL of the document/worker that made it, when known. */
  initiator?: string;
}

export interface RequestRecorder {
  /** Requests seen so far. */
  take(): Promise<SeenRequest[]>;
  /** Stops recording and returns everything seen. */
  stop(): Promise<SeenRequest[]>;
}

/** The real toolbar popup, opened with `action.openPopup()` / `browserAction.openPopup()`. */
export interface PopupHandle {
  /**
   * Runs `fn(popupWindow, arg)` against the popup document and returns its JSON result.
   * Clicks done here are synthetic (`el.click()`), not trusted input.
   */
  evaluate<R, A = undefined>(fn: (win: Window, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  close(): Promise<void>;
}

export interface ExtensionHarness {
  readonly browserName: BrowserName;
  readonly browserVersion: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` (no trailing slash). */
  readonly extensionOrigin: string;
  /** Manifest version of the loaded extension. */
  readonly manifestVersion: number;
  /** Opens a new tab at `url` and waits for `load`. */
  openTab(url: string): Promise<TestTab>;
  /**
   * Opens `extensionOrigin/path` (e.g. 'popup.html?tab=12') in a new tab and waits until
   * `document.readyState === 'complete'`.
   */
  openExtensionPage(path: string): Promise<TestTab>;
  /**
   * Activates `tab` and opens the REAL popup for it, so the popup's
   * `tabs.query({ active: true, currentWindow: true })` returns `tab` (which it does
   * not when popup.html is opened as a tab). Resolves when the popup document is complete.
   */
  openPopup(tab: TestTab): Promise<PopupHandle>;
  /**
   * Runs `fn(api, arg)` in a privileged extension context (the MV3 service worker in
   * Chromium; a hidden extension tab in Firefox) and returns its JSON result.
   * `fn` is sent as source text: it must be self-contained.
   */
  extensionEval<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /**
   * The extension API's tab id of `tab`. Found by activating the tab and querying
   * `tabs.query({ active: true, lastFocusedWindow: true })`, because without the `tabs`
   * permission `tabs.query` returns no URLs to match on. Leaves `tab` active.
   */
  tabId(tab: TestTab): Promise<number>;
  /** `action.getBadgeText({ tabId })` (`browserAction` in Firefox MV2). */
  badgeText(tabId: number): Promise<string>;
  /**
   * Presses a keyboard shortcut so that the browser's own shortcut handling sees it
   * (not only the page), e.g. 'Alt+Shift+R'. Activates `tab` first.
   */
  pressShortcut(tab: TestTab, shortcut: string): Promise<void>;
  /** Assigns a shortcut to a manifest command (Chromium does not auto-assign some suggested keys). */
  assignShortcut(command: string, shortcut: string): Promise<void>;
  /** `commands.getAll()` as `{ name: shortcut }`. */
  shortcuts(): Promise<Record<string, string>>;
  /**
   * Stops the background context so the next event has to start it again
   * (Chromium MV3 service worker; Firefox MV3 event page). Resolves once it is stopped.
   * Throws for a persistent MV2 background page, which cannot be stopped.
   */
  stopBackground(): Promise<void>;
  /**
   * Reloads/reinstalls the extension from `extensionDir` while tabs stay open; resolves once
   * the new background context is up.
   */
  reloadExtension(): Promise<void>;
  /**
   * Makes `prefers-color-scheme` report `scheme` to `tab` (Chromium: media
   * emulation on that page; Firefox: the content colour-scheme pref, for all tabs).
   */
  setColorScheme(tab: TestTab, scheme: 'light' | 'dark'): Promise<void>;
  /**
   * The person's switch for content scripts on file:// pages, which both browsers
   * keep off for a reader's install: Chromium's "Allow access to file URLs"
   * (chrome://extensions; flipping it reloads the extension, and an extension loaded
   * with --load-extension starts with it ON) and Firefox's "Access your local files"
   * (about:addons, the internal:fileSchemeAllowed permission; OFF by default while
   * extensions.webextensions.fileSchemeAccess.requireOptIn is true). Resolves once
   * `runtime`/`extension.isAllowedFileSchemeAccess()` reports `allowed`.
   */
  setFileAccess(allowed: boolean): Promise<void>;
  /** Starts recording every request the browser makes (all tabs, extension pages, background). */
  recordRequests(): Promise<RequestRecorder>;
  close(): Promise<void>;
}
