// While the reader has topics of their own, a one-line content script
// (entrypoints/custom-topics) is registered beside the gate and sets a
// flag in the isolated world, so the gate knows without an API call that it
// must read their plan before it scans. Without own topics nothing is
// registered and a page about nothing makes no API call at all. Open tabs
// are told when topics come or go, as storage watchers told them before.
// The same in Firefox (see gate-off.ts for what it offers Manifest V2).

import { browser } from 'wxt/browser';
import { CUSTOM_TOPICS_FLAG, CUSTOM_TOPICS_SCRIPT } from '../../shared/page-gate-globals.ts';
import { sendToTab } from '../../shared/tab-messaging.ts';

const ID = 'related-coverage-custom-topics';

/** Registers the flag script when `on`, unregisters it otherwise; with `tellOpenTabs`, open tabs learn of a change at once. */
export async function syncCustomTopicsFlag(on: boolean, tellOpenTabs: boolean): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.registerContentScripts) return;
  const had = (await scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
  if (on && !had) {
    await scripting.registerContentScripts([
      { id: ID, js: [CUSTOM_TOPICS_SCRIPT], matches: ['<all_urls>'], runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
    ]);
  } else if (!on && had) await scripting.unregisterContentScripts({ ids: [ID] });
  if (!tellOpenTabs || on === had) return;
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      // Browser pages and the web store refuse: nothing runs there.
      await scripting
        .executeScript({
          target: { tabId: tab.id, frameIds: [0] },
          func: (flag: string, value: boolean) => void ((globalThis as Record<string, unknown>)[flag] = value),
          args: [CUSTOM_TOPICS_FLAG, on],
        })
        .then(() => sendToTab(tab.id!, 'settingsChanged', undefined))
        .catch(() => undefined);
    }),
  );
}
