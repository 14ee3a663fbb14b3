// Typed request/response over runtime messaging. Handlers are registered for
// one call map and unregistered through an AbortSignal when the context that
// owns them goes away (an invalidated content script, a closed popup).

import { browser, type Browser } from 'wxt/browser';
import { ProblemError, problemOf } from '../core/problem.ts';
import type { CallMap, Envelope, Reply } from './messages.ts';

type Handlers<M extends CallMap> = {
  [K in keyof M]?: (params: M[K]['params'], sender: Browser.runtime.MessageSender) => M[K]['result'] | Promise<M[K]['result']>;
};

function isEnvelope(message: unknown): message is Envelope<CallMap> {
  return typeof message === 'object' && message !== null && (message as { rc?: unknown }).rc === 1 && typeof (message as { method?: unknown }).method === 'string';
}

/**
 * Answers messages of call map M; anything else is left to other listeners.
 * Replies through sendResponse (and `return true`), which both browsers
 * support natively: the content script runs without webextension-polyfill,
 * and Chrome ignores a promise returned by a listener.
 */
export function handle<M extends CallMap>(handlers: Handlers<M>, signal?: AbortSignal): void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: Reply<unknown>) => void,
  ): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.method as keyof M];
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(message.params as never, sender))
      .then(
        (result) => sendResponse({ ok: true, result: result ?? null }),
        // A problem travels as data, for the page to word in the reader's language.
        (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e), problem: problemOf(e) }),
      );
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  signal?.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}

function unwrap<R>(reply: unknown, method: string): R {
  const r = reply as Reply<R> | undefined;
  if (!r) throw new Error(`no answer to "${method}"`);
  if (!r.ok) throw r.problem && r.problem.code !== 'unexpected' ? new ProblemError(r.problem) : new Error(r.error);
  return r.result;
}

// What the browser says when the background went away while the message was
// in flight (Chrome stopped the service worker): nothing was done, or what was
// done can be done again.
const TRANSPORT = /message channel closed|Receiving end does not exist|Could not establish connection|message port closed/i;

/**
 * Calls the background (from a content script, popup or options page).
 * `retry` is for calls that are safe to repeat (rank, search, setBadge): a
 * background stopped mid-call is started again by the retry.
 */
export async function callBackground<M extends CallMap, K extends keyof M & string>(
  method: K,
  params: M[K]['params'],
  options: { retry?: boolean } = {},
): Promise<M[K]['result']> {
  const envelope: Envelope<M, K> = { rc: 1, method, params };
  for (let attempt = 0; ; attempt++) {
    try {
      return unwrap(await browser.runtime.sendMessage(envelope), method);
    } catch (e) {
      if (!options.retry || attempt >= 2 || !TRANSPORT.test(e instanceof Error ? e.message : String(e))) throw e;
    }
  }
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
