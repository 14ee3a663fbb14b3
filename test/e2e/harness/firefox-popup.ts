// The real toolbar popup in headless Firefox, for FirefoxHarness.openPopup.

import type { Page } from 'puppeteer-core';
import { type FirefoxHarness, pollUntil } from './firefox.ts';
import { NAME_SHIM } from './shadow.ts';
import type { PopupHandle, TestTab } from './types.ts';

/**
 * `browserAction.openPopup()` (`action` in MV3) works headless without a user gesture.
 * The popup is not a BiDi browsing context, but it is a same-origin window of the
 * extension, so the API tab reaches it with `browser.extension.getViews({ type: 'popup' })`.
 */
export async function openFirefoxPopup(h: FirefoxHarness, api: Page, tab: TestTab): Promise<PopupHandle> {
  await tab.bringToFront();
  await h.extensionEval((b) => {
    const a = b as unknown as { action?: { openPopup(): Promise<void> }; browserAction?: { openPopup(): Promise<void> } };
    return (a.action ?? a.browserAction)!.openPopup();
  });
  await pollUntil('the popup to load', 5_000, () =>
    api.evaluate(() => {
      const views = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser.extension.getViews({ type: 'popup' });
      return views[0]?.document.readyState === 'complete' ? true : undefined;
    }),
  );
  const run = (src: string) => api.evaluate(src);
  const popupExpr = `globalThis.browser.extension.getViews({ type: 'popup' })[0]`;
  return {
    evaluate: async <R, A>(fn: (win: Window, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> =>
      JSON.parse((await run(`(async () => { ${NAME_SHIM} const w = ${popupExpr}; if (!w) throw new Error('popup closed'); const r = await (${fn.toString()})(w, ${JSON.stringify(arg ?? null)}); return JSON.stringify(r === undefined ? null : r); })()`)) as string) as Awaited<R>,
    close: async () => void (await run(`${popupExpr}?.close()`)),
  };
}
