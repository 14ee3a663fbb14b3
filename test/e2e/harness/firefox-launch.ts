// Starting Firefox for the harness, and reaching its privileged chrome window.
//
// Firefox ESR 153's WebDriver BiDi has a chrome scope (`"moz:scope": "chrome"`
// with --remote-allow-system-access): the harness runs its privileged steps
// (shortcut keys, request recording, prefs, the profiler) there. ESR 140's BiDi
// has none: there, --remote-allow-system-access only opens Marionette's chrome
// context. Marionette can only join a WebDriver session it creates itself (a
// BiDi session made first, as puppeteer's launch does, leaves it "Maximum number
// of active sessions"), so on a browser without the chrome scope the harness
// starts Firefox with --marionette, creates the session over Marionette with
// `webSocketUrl: true` (what geckodriver does), and hands puppeteer that
// session's WebDriver BiDi socket, answering puppeteer's own `session.new` with
// the session it joins. Which way is taken is found out by trying the chrome
// scope on a first launch (no version number is read), once per browser binary.

import puppeteer, { type Browser, type LaunchOptions as PuppeteerLaunchOptions } from 'puppeteer-core';
// puppeteer's internal modules carry their own copies of its types: those are
// used inside the launcher below and cast to the public ones at its edges.
import type { Browser as InternalBrowser } from 'puppeteer-core/internal/api/Browser.js';
import { BidiBrowser, BidiConnection } from 'puppeteer-core/internal/bidi/bidi.js';
import type { ConnectionTransport } from 'puppeteer-core/internal/common/ConnectionTransport.js';
import { FirefoxLauncher } from 'puppeteer-core/internal/node/FirefoxLauncher.js';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MarionetteClient } from './marionette.ts';

type ChromeAccess = 'bidi' | 'marionette';
/** Per browser binary: how its chrome window is reached (found on the first launch). */
const chromeAccessOf = new Map<string, ChromeAccess>();

interface BidiConnectionLike {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** The BiDi context of browser.xhtml in the chrome scope, or undefined where BiDi has no chrome scope. */
export async function bidiChromeContext(browser: Browser): Promise<string | undefined> {
  const connection = (browser as unknown as { connection: BidiConnectionLike }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  return tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** Set where BiDi has no chrome scope: a Marionette session in the chrome context. */
  marionette?: MarionetteClient;
}

/**
 * puppeteer's Firefox launcher (same profile, prefs, process handling and
 * clean-up), except that the WebDriver session is created over Marionette first.
 */
class MarionetteFirstLauncher extends FirefoxLauncher {
  marionette: MarionetteClient | undefined;

  protected override async createBiDiBrowser(...[browserProcess, closeCallback, opts]: Parameters<FirefoxLauncher['createBiDiBrowser']>): Promise<InternalBrowser> {
    // The Remote Agent must be listening before the session can have a BiDi socket.
    await browserProcess.waitForLineOutput(/^WebDriver BiDi listening on (ws:\/\/.*)$/, opts.timeout);
    const args = browserProcess.nodeProcess.spawnargs;
    const profile = args[args.indexOf('--profile') + 1];
    if (!profile) throw new Error('no --profile among the Firefox arguments');
    const port = await marionettePort(profile, opts.timeout);
    const m = await MarionetteClient.connect(port);
    try {
      const session = await m.send<{ sessionId: string; capabilities: { webSocketUrl?: string } }>('WebDriver:NewSession', {
        webSocketUrl: true,
        acceptInsecureCerts: opts.acceptInsecureCerts ?? false,
        unhandledPromptBehavior: { default: 'ignore' },
      });
      const url = session.capabilities.webSocketUrl;
      if (!url) throw new Error('Marionette made a session without a WebDriver BiDi socket');
      await m.send('Marionette:SetContext', { value: 'chrome' });
      // The profiler's data can take a while to gather on a busy machine.
      await m.send('WebDriver:SetTimeouts', { script: 120_000 });
      const transport = new JoinSessionTransport(await NodeWebSocketTransport.create(url), session, m);
      const connection = new BidiConnection(url, transport, opts.idGenerator, opts.slowMo, opts.protocolTimeout);
      const browser = await BidiBrowser.create({
        connection,
        closeCallback,
        process: browserProcess.nodeProcess,
        defaultViewport: opts.defaultViewport,
        acceptInsecureCerts: opts.acceptInsecureCerts,
        networkEnabled: opts.networkEnabled ?? true,
        issuesEnabled: opts.issuesEnabled ?? true,
      });
      this.marionette = m;
      return browser;
    } catch (e) {
      m.close();
      throw e;
    }
  }
}

/**
 * Puppeteer's connection to a session that already exists: its `session.new`
 * is answered here with that session, and its `browser.close` (which Firefox
 * refuses in a session Marionette started) is done with Marionette's quit, so
 * puppeteer sees the process end instead of killing it after 5 s.
 */
class JoinSessionTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;

  constructor(
    private readonly inner: NodeWebSocketTransport,
    private readonly session: object,
    private readonly marionette: MarionetteClient,
  ) {
    inner.onmessage = (message) => this.onmessage?.(String(message));
    inner.onclose = () => this.onclose?.();
  }

  send(message: string): void {
    const { id, method } = JSON.parse(message) as { id: number; method: string };
    const answer = (result: object) => this.onmessage?.(JSON.stringify({ type: 'success', id, result }));
    if (method === 'session.new') {
      setTimeout(() => answer(this.session), 0);
      return;
    }
    if (method === 'browser.close') {
      void this.marionette
        .send('Marionette:Quit', { flags: ['eForceQuit'] })
        .catch(() => undefined)
        .finally(() => answer({}));
      return;
    }
    this.inner.send(message);
  }

  close(): void {
    this.inner.close();
  }
}

/** Marionette started with port 0 writes the port it took into the profile. */
async function marionettePort(profile: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const port = Number(await readFile(join(profile, 'MarionetteActivePort'), 'utf8').catch(() => ''));
    if (port > 0) return port;
    if (Date.now() > deadline) throw new Error(`Marionette did not start within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts Firefox as `options` say, with a way into its chrome window (see the top of this file). */
export async function launchFirefoxBrowser(options: PuppeteerLaunchOptions & { executablePath: string }): Promise<LaunchedFirefox> {
  const known = chromeAccessOf.get(options.executablePath);
  if (known !== 'marionette') {
    const browser = await puppeteer.launch(options);
    if (known === 'bidi') return { browser };
    const chrome = await bidiChromeContext(browser).catch(() => undefined);
    if (chrome) {
      chromeAccessOf.set(options.executablePath, 'bidi');
      return { browser };
    }
    await browser.close();
    chromeAccessOf.set(options.executablePath, 'marionette');
  }
  const launcher = new MarionetteFirstLauncher(puppeteer as unknown as ConstructorParameters<typeof FirefoxLauncher>[0]);
  const browser = await launcher.launch({
    ...options,
    args: [...(options.args ?? []), '--marionette'],
    extraPrefsFirefox: { ...options.extraPrefsFirefox, 'marionette.port': 0 },
  } as Parameters<FirefoxLauncher['launch']>[0]);
  return { browser: browser as unknown as Browser, marionette: launcher.marionette };
}
