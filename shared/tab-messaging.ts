// Background -> content script: the third direction of shared/messaging.ts,
// a thin layer of our own rather than @webext-core/messaging, with no
// listener on the page: the background runs a one-line function in the
// content script's isolated world (scripting.executeScript) that calls what
// the gate left on that world's global (shared/gate-call.ts), so a page
// about nothing makes no API call to be reachable. The same in both
// browsers: Firefox runs a `func` of scripting.executeScript in the sandbox
// its content scripts share, and waits for a promise it returns (checked in
// Firefox ESR 153; test/e2e/extension.test.ts reads the gate's globals that
// way). A tab without our content script (a browser page; reinject.ts asks
// every open tab) fails cleanly, and the content script, which runs on
// every page, carries no messaging library.
//
// Ships in: background.js.

import { browser } from 'wxt/browser';
import type { TabReply } from './gate-call.ts';
import type { BackgroundToContent } from './messages.ts';
import { GATE_CALL } from './page-gate-globals.ts';
import type { Data, Result } from './messaging.ts';

/** Background -> the content script in a tab's top frame. Fails where none runs. */
export async function sendToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  data: Data<BackgroundToContent, K>,
): Result<BackgroundToContent, K> {
  const reply = await callGate(tabId, type, data);
  if (!reply) throw new Error(`no answer to "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as never;
}

/** Runs GATE_CALL in the tab's top frame, in our isolated world; null where no live gate is. */
async function callGate(tabId: number, type: string, data: unknown): Promise<TabReply | null> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    // Serialised into the page's isolated world: it may use only its arguments.
    func: (name: string, t: string, d: unknown) =>
      ((globalThis as Record<string, unknown>)[name] as ((t: string, d: unknown) => Promise<TabReply> | undefined) | undefined)?.(t, d) ?? null,
    args: [GATE_CALL, type, data ?? null],
  });
  return (frame?.result as TabReply | null | undefined) ?? null;
}
