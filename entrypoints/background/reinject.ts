// After an install or update Chrome does not run the new content script in
// tabs that are already open: their old one is cut off ("Extension context
// invalidated") and the reader would see nothing until a reload. Running it
// again there also retires the old one (WXT's context tells it a newer
// script started), which removes its sidebar. Firefox does this itself.

import { browser } from 'wxt/browser';

const CONTENT_SCRIPT = '/content-scripts/content.js';

export async function reinjectIntoOpenTabs(): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return;
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || tab.discarded
        ? undefined
        : scripting
            .executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] })
            // Browser pages, the web store and pages of other extensions refuse: fine.
            .catch(() => undefined),
    ),
  );
}
