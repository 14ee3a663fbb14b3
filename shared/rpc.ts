// Typed request/response over runtime messaging. Handlers are registered for
// one call map and unregistered through an AbortSignal when the context that
// owns them goes away (an invalidated content script, a closed popup).

import { browser, type Browser } from 'wxt/browser';
import type { CallMap, Envelope, Reply } from './messages.ts';

type Handlers<M extends CallMap> = {
  [K in keyof M]?: (params: M[K]['params'], sender: Browser.runtime.MessageSender) => M[K]['result'] | Promise<M[K]['result']>;
};

function isEnvelope(message: unknown): message is Envelope<CallMap> {
  return typeof message === 'object' && message !== null && (message as { rc?: unknown }).rc === 1 && typeof (message as { method?: unknown }).method === 'string';
}

/** Answers messages of call map M; anything else is left to other listeners. */
export function handle<M extends CallMap>(handlers: Handlers<M>, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.method as keyof M];
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message.params as never, sender))
      .then(
        (result): Reply<unknown> => ({ ok: true, result: result ?? null }),
        (e: unknown): Reply<unknown> => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

function unwrap<R>(reply: unknown, method: string): R {
  const r = reply as Reply<R> | undefined;
  if (!r) throw new Error(`no answer to "${method}"`);
  if (!r.ok) throw new Error(r.error);
  return r.result;
}

/** Calls the background (from a content script, popup or options page). */
export async function callBackground<M extends CallMap, K extends keyof M & string>(
  method: K,
  params: M[K]['params'],
): Promise<M[K]['result']> {
  const envelope: Envelope<M, K> = { rc: 1, method, params };
  return unwrap(await browser.runtime.sendMessage(envelope), method);
}

/** Calls the content script of a tab (from the background or the popup). */
export async function callTab<M extends CallMap, K extends keyof M & string>(
  tabId: number,
  method: K,
  params: M[K]['params'],
): Promise<M[K]['result']> {
  const envelope: Envelope<M, K> = { rc: 1, method, params };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }), method);
}
