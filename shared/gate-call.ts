// Background -> content script, the content script's side, with nothing on
// a page's start that touches the extension's API. The background, in Chrome
// and in Firefox, runs a one-line function in the isolated world
// (shared/tab-messaging.ts callGate) that calls what the gate left on that
// world's global: no listener. Taking the API object costs a content script ~0.1 ms, touching
// its `runtime` ~0.6 ms more (bench/api-floor.ts; WXT's context touches it
// when its module loads), so the gate takes the object when it loads and
// reads `runtime` only when it needs it.
//
// Ships in: content.js; background.js (TabReply).

import type { browser as Browser } from 'wxt/browser';
import type { BackgroundToContent } from './messages.ts';
import type { Handlers } from './messaging.ts';
import { GATE_CALL } from './page-gate-globals.ts';

export type TabReply = { ok: true; result: unknown } | { ok: false; error: string };
type GateCall = (type: string, data: unknown) => Promise<TabReply> | undefined;

/**
 * This copy's API object, taken when the script loads, not when it is used:
 * after an update the new copy in the same isolated world sees a new one,
 * and only this copy's own says whether this copy was cut off. For what the
 * gate uses (runtime.id, runtime.getURL) Chrome's `chrome` and Firefox's
 * `browser` are the same.
 */
const API = ((globalThis as { chrome?: typeof Browser }).chrome ?? (globalThis as { browser?: typeof Browser }).browser) as typeof Browser;

export const extensionApi = (): typeof Browser => API;

/** The extension was updated or removed: this copy of the script is cut off from it. */
export function extensionGone(): boolean {
  try {
    return API?.runtime?.id == null;
  } catch {
    return true;
  }
}

function answer(handlers: Handlers<BackgroundToContent>, type: string, data: unknown, sender: object): Promise<TabReply> {
  return Promise.resolve()
    .then(() => handlers[type as keyof BackgroundToContent](data as never, sender as never))
    .then(
      (result): TabReply => ({ ok: true, result: result ?? null }),
      (e: unknown): TabReply => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
}

/** Answers the background through GATE_CALL on the isolated world's global until `signal` aborts. */
export function answerThroughGlobal(handlers: Handlers<BackgroundToContent>, signal: AbortSignal): void {
  const world = globalThis as Record<string, unknown>;
  const call: GateCall = (type, data) => {
    // A copy cut off by an update is not alive: the background then runs the new one (reinject.ts).
    if (signal.aborted || extensionGone() || typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    return answer(handlers, type, data, {});
  };
  world[GATE_CALL] = call;
  signal.addEventListener('abort', () => world[GATE_CALL] === call && delete world[GATE_CALL], { once: true });
}
