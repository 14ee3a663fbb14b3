// Headless Chromium for the bench: one launch function for the browsers with
// and without the extension (only the two extension-loading flags differ),
// the floor extension, and the hooks in the extension's service worker.
//
// Launch recipe from test/e2e/harness/chromium.ts (see FINDINGS.md), copied
// rather than imported so that the browsers with and without the extension
// are started by one function with one flag list.

import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium keeps trying to reach Google, which is noise here.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-extension-debugging',
];

export interface Launched {
  context: BrowserContext;
  cdp: CDPSession;
  version: string;
  extensionOrigin: string | null;
  /** Replaces `cdp` with a new browser session: after a trace that never completed, the old one may still be tracing. */
  renewCdp(): Promise<void>;
  close(): Promise<void>;
}

export async function launch(extensionDir: string | null): Promise<Launched> {
  const profile = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
  const args = [...BASE_ARGS, ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [])];
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args });
  let extensionOrigin: string | null = null;
  if (extensionDir) {
    const isExt = (w: Worker) => w.url().startsWith('chrome-extension://');
    const sw = context.serviceWorkers().find(isExt) ?? (await context.waitForEvent('serviceworker', { predicate: isExt }));
    extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  }
  const launched: Launched = {
    context,
    cdp: await context.browser()!.newBrowserCDPSession(),
    version: context.browser()?.version() ?? 'unknown',
    extensionOrigin,
    renewCdp: async () => {
      await launched.cdp.detach().catch(() => {});
      launched.cdp = await context.browser()!.newBrowserCDPSession();
    },
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
  return launched;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The floor: an extension whose content script is one statement, with the
 * same file name, run_at and matches as ours, and an empty service worker.
 * What it costs is what Chromium charges for any content script (the
 * isolated world, the extension bindings, the script's own task), so ours
 * can be read against it in the same run. bench/api-floor.ts gives it other
 * one-line scripts, or a copy of ours (`contentFile`).
 */
export async function floorExtension(
  content: { js: string } | { contentFile: string } = { js: 'void 0;' },
): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-floor-ext-'));
  await mkdir(join(dir, 'content-scripts'));
  const manifest = {
    manifest_version: 3,
    name: 'bench floor',
    version: '1.0.0',
    permissions: ['storage'],
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], all_frames: false, run_at: 'document_idle', js: ['content-scripts/content.js'] }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'background.js'), '');
  const script = join(dir, 'content-scripts/content.js');
  if ('js' in content) await writeFile(script, `${content.js}\n`);
  else await copyFile(content.contentFile, script);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------------------
// The extension's service worker: a marker for the moment it receives 'rank'.

async function workerTargets(b: Launched) {
  const { targetInfos } = await b.cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`${b.extensionOrigin}/`));
}

/** The running worker; starts it if the browser stopped it (evaluating on a stopped worker hangs). */
async function worker(b: Launched): Promise<Worker> {
  if ((await workerTargets(b)).length === 0) {
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    const s = await b.context.newCDPSession(page);
    await s.send('ServiceWorker.enable');
    await s.send('ServiceWorker.startWorker', { scopeURL: `${b.extensionOrigin}/` });
    await s.detach().catch(() => {});
  }
  for (let i = 0; i < 250; i++) {
    const w = b.context.serviceWorkers().find((x) => x.url().startsWith(`${b.extensionOrigin}/`));
    if (w && (await workerTargets(b)).length) return w;
    await sleep(20);
  }
  throw new Error('the extension service worker did not start');
}

/**
 * A second onMessage listener in the worker (the product's own is untouched;
 * this one returns nothing). On 'rank' it leaves a console.timeStamp in the
 * trace, on the worker thread and on the same clock as the tab's events, so
 * "the content script's work up to the rank request" can be cut there.
 */
export async function markRankRequests(b: Launched): Promise<void> {
  const w = await worker(b);
  await w.evaluate(() => {
    const g = globalThis as unknown as { __benchRanks?: number; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => undefined): void } } } };
    if (g.__benchRanks !== undefined) return;
    g.__benchRanks = 0;
    g.chrome.runtime.onMessage.addListener((m) => {
      // The message's name: `type` (@webext-core/messaging), or `method` in builds before it.
      const msg = m as { type?: string; method?: string } | null;
      if ((msg?.type ?? msg?.method) !== 'rank') return undefined;
      console.timeStamp('bench:rank-received');
      g.__benchRanks!++;
      return undefined;
    });
  });
}

export async function rankCount(b: Launched): Promise<number> {
  const w = await worker(b);
  return w.evaluate(() => (globalThis as unknown as { __benchRanks?: number }).__benchRanks ?? 0);
}

export async function stopWorker(b: Launched): Promise<void> {
  // A worker still starting up (its install work under way) can ignore the
  // close, and an event can start it again at once: ask again while it runs.
  for (let i = 0; i < 750; i++) {
    const targets = await workerTargets(b);
    if (targets.length === 0) return;
    if (i % 25 === 0) for (const t of targets) await b.cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
    await sleep(20);
  }
  throw new Error('the service worker did not stop in 15 s');
}
