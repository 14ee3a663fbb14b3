// Which browsers the end-to-end tests run in, and where their builds are.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserName, ExtensionHarness, TestTab } from '../harness/index.ts';
import { waitFor } from '../harness/wait.ts';

// import.meta.dirname, not __dirname: scripts/screenshots.ts runs this file as an ES module under tsx.
export const ROOT = resolve(import.meta.dirname, '../../..');
/** Both, unless E2E_BROWSERS narrows it (e.g. E2E_BROWSERS=firefox while working on one). */
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS?.split(',') ?? ['chromium', 'firefox']).filter(
  (b): b is BrowserName => b === 'chromium' || b === 'firefox',
);

export function extensionDir(name: BrowserName): string {
  return join(ROOT, '.output', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

/** Screenshots and other evidence a run leaves behind, for people to look at. */
export function saveArtifact(file: string, data: Uint8Array | string): string {
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, data);
  return path;
}


/** Polls until `fn` returns a truthy value, or fails with `what`. */
export async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  return waitFor(what, timeoutMs, fn);
}

/** The sidebar's passages, once loaded. */
export async function passagesOf(tab: TestTab): Promise<string[]> {
  const ui = tab.ui();
  await ui.waitForHost();
  return until<string[]>("passages are shown", async () => {
    // The list is busy while its cards are still being drawn, a few a frame.
    const ids = await ui.evaluate((root) =>
      root.querySelector('[aria-busy="true"]')
        ? []
        : Array.from(root.querySelectorAll('[data-testid="passage"]'), (e) => e.getAttribute('data-passage-id') ?? ''),
    );
    return ids.length ? ids : null;
  });
}

/** Runs axe-core in the page's main world (string evaluation bypasses page CSP through the protocol). */
export async function injectAxe(tab: TestTab): Promise<void> {
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await (tab.raw as { evaluate(src: string): Promise<unknown> }).evaluate(source);
}

/**
 * A spy in a privileged extension context: every runtime message the
 * extension receives, by its type (@webext-core/messaging's `type` field:
 * see shared/messaging.ts).
 */
export async function spyOnMessages(h: ExtensionHarness): Promise<() => Promise<Array<{ url: string; method: string }>>> {
  await h.extensionEval((api) => {
    const g = globalThis as unknown as { __rcSeen?: Array<{ url: string; method: string }> };
    if (g.__rcSeen) return;
    g.__rcSeen = [];
    api.runtime.onMessage.addListener((message: unknown, sender: { url?: string; tab?: { url?: string } }) => {
      g.__rcSeen!.push({ url: sender.url ?? sender.tab?.url ?? '', method: String((message as { type?: unknown })?.type) });
      return undefined;
    });
  });
  return () => h.extensionEval(() => (globalThis as unknown as { __rcSeen: Array<{ url: string; method: string }> }).__rcSeen);
}

/**
 * The popup acting on `tab`, opened as a page (popup.html?tab=<id>) once it
 * has drawn its switches. The toolbar popup itself opens unreliably in
 * headless Chromium (action.openPopup() resolves and nothing opens when the
 * window has focus); as a page it is the same code, and clicks are real.
 */
export async function openPopupFor(h: ExtensionHarness, tab: TestTab): Promise<TestTab> {
  const page = await h.openExtensionPage(`popup.html?tab=${await tab.tabId()}`);
  await until('the popup has drawn', () =>
    page.evaluate(() => document.querySelectorAll('input[data-testid="topic-toggle"]').length > 0),
  );
  return page;
}

/** Clicks an element of an extension page with the real mouse. */
export async function clickOn(page: TestTab, selector: string): Promise<void> {
  const raw = page.raw as { click(selector: string): Promise<void> };
  await raw.click(selector);
}

/** Back to a fresh install's settings, so one test's switches cannot leak into the next. */
export async function resetSettings(h: ExtensionHarness): Promise<void> {
  await h.extensionEval((api) => api.storage.local.clear());
}

/** The background's answer in @webext-core/messaging's wire format: { res } or { err } (a serialised error, own fields kept). */
export type WireReply = { res?: unknown; err?: { message?: string; problem?: { code: string } } };

/**
 * Sends a message of the pages' protocol (shared/messages.ts
 * PagesToBackground) from an extension page, as the options page does, in
 * @webext-core/messaging's wire format, { id, type, data, timestamp }.
 */
export function backgroundReplyFrom(page: TestTab, type: string, data: unknown): Promise<WireReply> {
  return page.evaluate(
    async (a: { type: string; data: unknown }) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      return (await api.runtime.sendMessage({ id: 1, type: a.type, data: a.data, timestamp: Date.now() })) as never;
    },
    { type, data },
  ) as Promise<WireReply>;
}

/** Calls the background from an extension page, as the options page does; fails with the background's error. */
export async function askBackgroundFrom<R>(page: TestTab, type: string, data: unknown): Promise<R> {
  const reply = await backgroundReplyFrom(page, type, data);
  if (reply.err) throw new Error(reply.err.message ?? 'failed');
  return reply.res as R;
}

/** What the content script in `tab` says about its page (shared/messages.ts PageStatus), or null where none answers. */
export async function pageStatus(h: ExtensionHarness, tab: TestTab): Promise<{ settled: boolean; sidebar: string } | null> {
  const tabId = await tab.tabId();
  // The background -> content protocol of shared/tab-messaging.ts: { ok, result } from the gate's
  // function on the isolated world's global (Chrome, no listener on the page), or from its
  // runtime.onMessage listener for { rcTab, data } (Firefox).
  return h.extensionEval(async (api, id) => {
    type Reply = { ok?: boolean; result?: { settled: boolean; sidebar: string } } | null;
    let reply: Reply;
    if (api.scripting?.executeScript) {
      const [frame] = await api.scripting
        .executeScript({
          target: { tabId: id, frameIds: [0] },
          func: () => ((globalThis as Record<string, unknown>).__relatedCoverageGate as ((t: string, d: null) => unknown) | undefined)?.('status', null) ?? null,
        })
        .catch(() => [null]);
      reply = (frame?.result ?? null) as Reply;
    } else reply = (await api.tabs.sendMessage(id, { rcTab: 'status', data: null }, { frameId: 0 }).catch(() => null)) as Reply;
    return reply?.ok ? reply.result! : null;
  }, tabId);
}

/**
 * Waits until the extension has looked at the page in `tab` and has nothing
 * pending (no look running, no rescan scheduled): after this, a page it
 * leaves alone stays alone. The positive signal "nothing happens" checks
 * wait for, instead of a fixed quiet time.
 */
export async function settled(h: ExtensionHarness, tab: TestTab, timeoutMs = 15_000): Promise<void> {
  await until('the extension has looked at the page', async () => (await pageStatus(h, tab))?.settled === true, timeoutMs);
}

/** How `leftAlone` knew that nothing of ours is still to come in a frame. */
export type LeftAlone = 'settled' | 'no gate' | 'refused';

/**
 * Waits until nothing of ours can still come to the top frame of `tab`, for
 * checks that something never happens on documents the gate may never look
 * at (XML, a PDF, about:blank, a file:// page without file access), where
 * `settled` has no one to ask. The extension runs a function in the frame,
 * in the content script's world: the browser runs it once the document has
 * reached its idle point, where the content script is injected too
 * (document_idle). Then the gate there has looked with nothing pending
 * ('settled'), or it is not there and never will be: the script was not
 * injected or left at once, as it does on documents that are not HTML ('no
 * gate'); or the browser refused the extension the frame, as it does the
 * content script ('refused').
 */
export async function leftAlone(h: ExtensionHarness, tab: TestTab, timeoutMs = 15_000): Promise<LeftAlone> {
  const tabId = await tab.tabId();
  return until(
    'nothing of the extension is pending in the page',
    async () => {
      const seen = await h.extensionEval(async (api, id) => {
        type Reply = { ok?: boolean; result?: { settled: boolean } } | 'no gate' | null;
        try {
          const [frame] = await api.scripting.executeScript({
            target: { tabId: id, frameIds: [0] },
            func: () => {
              const gate = (globalThis as Record<string, unknown>).__relatedCoverageGate as ((t: string, d: null) => unknown) | undefined;
              return gate ? (gate('status', null) ?? null) : 'no gate';
            },
          });
          return (frame?.result ?? null) as Reply;
        } catch (e) {
          return { refused: String(e) };
        }
      }, tabId);
      if (seen === 'no gate') return 'no gate' as const;
      if (seen && 'refused' in seen) {
        // A tab still between documents says so; only a refusal of access is final.
        return /cannot access|missing host permission|cannot be scripted|not allowed|permission/i.test(seen.refused) ? ('refused' as const) : null;
      }
      return seen?.ok && seen.result?.settled ? ('settled' as const) : null;
    },
    timeoutMs,
  );
}
