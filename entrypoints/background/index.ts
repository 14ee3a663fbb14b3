import { browser } from 'wxt/browser';
import type { BackgroundToContent, ContentToBackground } from '../../shared/messages.ts';
import { callTab, handle } from '../../shared/rpc.ts';
import { rankPage, searchCorpus } from './answers.ts';
import { setBadge } from './badge.ts';
import { reinjectIntoOpenTabs } from './reinject.ts';

export default defineBackground(() => {
  // Registered synchronously, so a stopped service worker woken by a message
  // or a command has its listeners in place before the event is delivered.
  handle<ContentToBackground>({
    rank: (request) => rankPage(request),
    search: ({ query }) => searchCorpus(String(query ?? '')),
    setBadge: async ({ count }, sender) => {
      if (sender.tab?.id !== undefined && sender.frameId === 0) await setBadge(sender.tab.id, Number(count) || 0);
      return null;
    },
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if ((reason === 'install' || reason === 'update') && import.meta.env.CHROME) void reinjectIntoOpenTabs();
  });

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-sidebar') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      return callTab<BackgroundToContent, 'toggleSidebar'>(tab.id, 'toggleSidebar', {}).catch(() => {
        // No content script there (a browser page, the store): nothing to toggle.
      });
    });
  });
});
