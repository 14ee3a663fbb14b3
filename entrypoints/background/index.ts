import { browser, type Browser } from 'wxt/browser';
import type { BackgroundToContent, ContentToBackground, PagesToBackground } from '../../shared/messages.ts';
import { callTab, handle } from '../../shared/rpc.ts';
import { rankPage, searchCorpus } from './answers.ts';
import { setBadge } from './badge.ts';
import { getCorpus } from './corpus.ts';
import { keepDetectorPlan } from './detector-plan.ts';
import { reinjectIntoOpenTabs } from './reinject.ts';
import { deleteArticle, exportArticles, getArticle, importArticles, listArticles, saveArticle } from './user-articles.ts';

/** Calls about the reader's saved articles come only from the extension's own pages, never from a content script. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): void {
  const own = browser.runtime.getURL('/');
  if (!sender.url?.startsWith(own)) throw new Error('not allowed from a web page');
}

async function openSavePage(tabId: number): Promise<null> {
  const tab = await browser.tabs.get(tabId);
  await browser.tabs.create({
    url: `${browser.runtime.getURL('/save.html')}?tab=${tabId}`,
    index: tab.index + 1,
    windowId: tab.windowId,
  });
  return null;
}

export default defineBackground(() => {
  // Registered synchronously, so a stopped service worker woken by a message
  // or a command has its listeners in place before the event is delivered.
  handle<ContentToBackground & PagesToBackground>({
    rank: (request) => rankPage(request),
    search: ({ query }) => searchCorpus(String(query ?? '')),
    setBadge: async ({ count }, sender) => {
      // A page with mentions asks for passages next: start opening the corpus now.
      if (Number(count) > 0) void getCorpus().catch(() => undefined);
      if (sender.tab?.id !== undefined && sender.frameId === 0) await setBadge(sender.tab.id, Number(count) || 0);
      return null;
    },
    openSavePage: async (params, sender) => {
      // From the popup: the tab it names. From the sidebar: the sender's own tab.
      const named = (params as { tabId?: unknown }).tabId;
      const fromPage = sender.url?.startsWith(browser.runtime.getURL('/'));
      const tabId = fromPage && typeof named === 'number' ? named : sender.tab?.id;
      if (typeof tabId !== 'number') throw new Error('no tab to save');
      return openSavePage(tabId);
    },
    listArticles: (_, sender) => (fromExtensionPage(sender), listArticles()),
    getArticle: ({ id }, sender) => (fromExtensionPage(sender), getArticle(id)),
    saveArticle: ({ draft, editing, replace }, sender) => (
      fromExtensionPage(sender), saveArticle(draft, { ...(editing ? { editing } : {}), replace: replace === true })
    ),
    deleteArticle: async ({ id }, sender) => {
      fromExtensionPage(sender);
      await deleteArticle(id);
      return null;
    },
    exportArticles: ({ kind }, sender) => (fromExtensionPage(sender), exportArticles(kind === 'markdown' ? 'markdown' : 'json')),
    importArticles: ({ text, decisions }, sender) => (fromExtensionPage(sender), importArticles(String(text), decisions ?? {})),
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if ((reason === 'install' || reason === 'update') && import.meta.env.CHROME) void reinjectIntoOpenTabs();
  });

  keepDetectorPlan();

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
