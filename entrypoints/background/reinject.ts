// After an install or update Chrome does not run the new content script in
// tabs that are already open: their old one is cut off ("Extension context
// invalidated") and the reader would see nothing until a reload. Running it
// again there also retires the old one, which removes its sidebar. A tab
// whose content script answers is already served (a tab that opened while
// we were installing) and is left alone. Firefox does all this itself.

import { browser } from 'wxt/browser';
import { sendToTab } from '../../shared/tab-messaging.ts';

const CONTENT_SCRIPT = '/content-scripts/content.js';

export async function reinjectIntoOpenTabs(): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return;
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      const alive = await sendToTab(tab.id, 'status', undefined).then(
        () => true,
        () => false,
      );
      if (alive) return;
      // Browser pages, the web store and pages of other extensions refuse: fine.
      await scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] }).catch(() => undefined);
    }),
  );
}
