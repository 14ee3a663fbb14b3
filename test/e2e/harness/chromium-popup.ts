// The real toolbar popup in headless Chromium, for ChromiumHarness.openPopup.

import type { ChromiumHarness } from './chromium.ts';
import { NAME_SHIM } from './shadow.ts';
import type { PopupHandle, TestTab } from './types.ts';
import { waitFor } from './wait.ts';


/** A reply to a Runtime.evaluate sent through Target.sendMessageToTarget. */
interface RawReply {
  id?: number;
  error?: { message: string };
  result?: { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
}

/**
 * `chrome.action.openPopup()` works in headless Chromium 156 and creates a `page`
 * target for popup.html, but Playwright does not expose it as a Page. So attach to it
 * with a NON-flattened session (`Target.attachToTarget({ flatten: false })` +
 * `Target.sendMessageToTarget`; deprecated in CDP but works) and use Runtime.evaluate.
 */
export async function openChromiumPopup(h: ChromiumHarness, tab: TestTab): Promise<PopupHandle> {
  const cdp = await h.browserCdp();
  const popupUrl = `${h.extensionOrigin}/`;
  const before = new Set((await cdp.send('Target.getTargets')).targetInfos.map((t) => t.targetId));
  await tab.bringToFront();
  await h.extensionEval((api) => api.action.openPopup());
  const findTarget = async () => {
    let seen: string[] = [];
    return waitFor(
      'the popup to open',
      5_000,
      async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        seen = targetInfos.map((x) => `${x.type} ${x.url}${before.has(x.targetId) ? ' (before)' : ''}`);
        return targetInfos.find((x) => x.type === 'page' && x.url.startsWith(popupUrl) && !before.has(x.targetId));
      },
      () => `targets: ${seen.join(', ')}`,
    );
  };
  // The popup's target can be replaced while it starts (its session then
  // reports "No session with given id"): find it and attach again.
  let attached: { targetId: string; sessionId: string } | null = null;
  const attach = async () => {
    const target = await findTarget();
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    attached = { targetId: target.targetId, sessionId };
    return attached;
  };
  let nextId = 0;
  const pending = new Map<number, (m: RawReply) => void>();
  const onMessage = (e: { sessionId?: string; message: string }) => {
    if (e.sessionId !== attached?.sessionId) return;
    const m = JSON.parse(e.message) as RawReply;
    if (m.id !== undefined) pending.get(m.id)?.(m);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const evaluateOnce = async (expression: string): Promise<unknown> => {
    const { sessionId } = attached ?? (await attach());
    const id = ++nextId;
    const reply = new Promise<RawReply>((r) => pending.set(id, r));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    const m = await reply;
    pending.delete(id);
    if (m.error) throw new Error(m.error.message);
    if (m.result?.exceptionDetails) throw new Error(m.result.exceptionDetails.exception?.description ?? m.result.exceptionDetails.text);
    return m.result?.result.value;
  };
  // Until the popup's current target answers: a replaced one is found and attached again.
  const evaluate = async (expression: string): Promise<unknown> => {
    const got = await waitFor('the popup to answer', 5_000, async () => {
      try {
        return { ok: true, value: await evaluateOnce(expression) } as const;
      } catch (e) {
        if (!/No session with given id/.test(String(e))) return { ok: false, error: e } as const;
        attached = null;
        return null;
      }
    });
    if (!got.ok) throw got.error;
    return got.value;
  };
  await waitFor('the popup document to load', 5_000, async () => (await evaluate('document.readyState')) === 'complete');
  return {
    evaluate: async <R, A>(fn: (win: Window, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> =>
      JSON.parse((await evaluate(`(async () => { ${NAME_SHIM} const r = await (${fn.toString()})(window, ${JSON.stringify(arg ?? null)}); return JSON.stringify(r === undefined ? null : r); })()`)) as string) as Awaited<R>,
    close: async () => {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      if (attached) await cdp.send('Target.closeTarget', { targetId: attached.targetId }).catch(() => {});
    },
  };
}
