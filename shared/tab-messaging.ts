// Background -> content script: the third direction of shared/messaging.ts,
// a thin layer of our own rather than @webext-core/messaging. In Chrome it
// needs no listener on the page: the background runs a one-line function in
// the content script's isolated world (scripting.executeScript, which the
// reinjection after an update already needs) that calls what the gate left
// on that world's global (shared/gate-call.ts), so a page about nothing
// makes no API call to be reachable. Firefox's build has no `scripting`
// permission and uses runtime.onMessage (listenToBackground, which its gate
// starts from gate-settings.js). The library
// sends to a tab with a callback that never reads runtime.lastError, so for
// a tab without our content script (a browser page; reinject.ts asks every
// open tab) Chrome logs "Unchecked runtime.lastError" and the call resolves
// to nothing instead of failing. Here tabs.sendMessage's promise fails
// cleanly, and the content script, which runs on every page, carries no
// messaging library.
//
// Ships in: background.js (sendToTab), gate-settings.js (listenToBackground).

import { type Browser, browser } from 'wxt/browser';
import { type TabReply, answer } from './gate-call.ts';
import type { BackgroundToContent } from './messages.ts';
import { GATE_CALL } from './page-gate-globals.ts';
import type { Data, Handlers, Result } from './messaging.ts';

/** The envelope of the background -> content direction; `rcTab` tells it from anyone else's message. */
interface TabMessage {
  rcTab: string;
  data: unknown;
}

/** Background -> the content script in a tab's top frame. Fails where none runs. */
export async function sendToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  data: Data<BackgroundToContent, K>,
): Result<BackgroundToContent, K> {
  const reply = import.meta.env.CHROME ? await callGate(tabId, type, data) : await sendMessage(tabId, type, data);
  if (!reply) throw new Error(`no answer to "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as never;
}

async function sendMessage(tabId: number, type: string, data: unknown): Promise<TabReply | undefined> {
  const message: TabMessage = { rcTab: type, data };
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as TabReply | undefined;
}

/** Chrome: runs GATE_CALL in the tab's top frame, in our isolated world; null where no live gate is. */
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

/** Firefox's content script: answers the background through a runtime.onMessage listener until `signal` aborts. */
export function listenToBackground(handlers: Handlers<BackgroundToContent>, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: TabReply) => void): true | undefined => {
    const type = (message as Partial<TabMessage> | null)?.rcTab;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    // Only our own extension can message its content scripts; checked all the same.
    if (sender.id !== browser.runtime.id) return undefined;
    void answer(handlers, type, (message as TabMessage).data, sender).then(sendResponse);
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}
