// Background -> content script: the third direction of shared/messaging.ts,
// a thin layer of our own rather than @webext-core/messaging. The library
// sends to a tab with a callback that never reads runtime.lastError, so for
// a tab without our content script (a browser page; reinject.ts asks every
// open tab) Chrome logs "Unchecked runtime.lastError" and the call resolves
// to nothing instead of failing. Here tabs.sendMessage's promise fails
// cleanly, and the content script, which runs on every page, carries no
// messaging library.
//
// Ships in: content.js (receiveFromBackground), background.js (sendToTab).

import { type Browser, browser } from 'wxt/browser';
import type { BackgroundToContent } from './messages.ts';
import type { Data, Handlers, Result } from './messaging.ts';

/** The envelope of the background -> content direction; `rcTab` tells it from anyone else's message. */
interface TabMessage {
  rcTab: string;
  data: unknown;
}
type TabReply = { ok: true; result: unknown } | { ok: false; error: string };

/** Background -> the content script in a tab's top frame. Fails where none runs. */
export async function sendToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  data: Data<BackgroundToContent, K>,
): Result<BackgroundToContent, K> {
  const message: TabMessage = { rcTab: type, data };
  const reply = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as TabReply | undefined;
  if (!reply) throw new Error(`no answer to "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result as never;
}

/** Content script: answers the background, until `signal` aborts (the script was invalidated). */
export function receiveFromBackground(handlers: Handlers<BackgroundToContent>, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: TabReply) => void): true | undefined => {
    const type = (message as Partial<TabMessage> | null)?.rcTab;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    // Only our own extension can message its content scripts; checked all the same.
    if (sender.id !== browser.runtime.id) return undefined;
    Promise.resolve()
      .then(() => handlers[type as keyof BackgroundToContent]((message as TabMessage).data as never, sender))
      .then(
        (result) => sendResponse({ ok: true, result: result ?? null }),
        (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}
