// The background: answers content scripts (detection, ranking, search,
// their pages' reports) and the extension's pages (saved articles, a tab's status), and
// forwards what the popup asks of a tab to its content script. The map of
// who says what to whom is in core/DESIGN.md.

import { browser } from 'wxt/browser';
import { receiveFromContent, receiveFromPages } from '../../shared/messaging.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import { sitesOff } from '../../shared/settings.ts';
import { siteKey } from '../../shared/site-key.ts';
import { sendToTab } from '../../shared/tab-messaging.ts';
import { answerRank, searchCorpus } from './answers.ts';
import { markFirstAnswer, markFirstRequest, markStarted } from './cold-marks.ts';
import { getCorpus } from './corpus.ts';
import { keepDetectorPlan } from './detector-plan.ts';
import { syncGateOff, watchGateOff } from './gate-off.ts';
import { detectPage } from './page-detector.ts';
import { formatsFor, warmFormatsSoon } from './passage-formats.ts';
import { reinjectIntoOpenTabs } from './reinject.ts';
import { keepReport, reportFor } from './tab-reports.ts';
import { deleteArticle, exportArticles, getArticle, importArticles, listArticles, saveArticle } from './user-articles.ts';

async function openSavePage(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  await browser.tabs.create({
    url: `${browser.runtime.getURL('/save.html')}?tab=${tabId}`,
    index: tab.index + 1,
    windowId: tab.windowId,
  });
}

function senderTab(sender: { tab?: { id?: number } }): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('no tab');
  return id;
}

export default defineBackground(() => {
  // Registered synchronously, so a stopped service worker woken by a message
  // or a command has its listeners in place before the event is delivered.
  receiveFromContent({
    // A long page's first request (a page sends its text with its rank
    // request otherwise, below): it most likely asks for passages next.
    // Detection starts first, with a storage read of the detector's plan (and
    // of the settings it applies: a site or topics switched off); while that
    // read is under way the corpus opens (once per worker) and the
    // interface's language, which names the topics, is looked up. One after
    // the other, a cold start paid for the read's wait as well. (Measured:
    // opening the corpus only after answering was slower, as the page's rank
    // request then waited for it.)
    detect: (request, sender) => {
      markFirstRequest();
      const detected = detectPage(request, sender.url);
      void getCorpus().catch(() => undefined);
      uiTranslator();
      return detected;
    },
    // With the page's text (a page's first request): detection, then the
    // ranking, in one go, in the same order as above (answers.ts).
    rank: async (request, sender) => {
      markFirstRequest();
      const answer = await answerRank(request, sender.url);
      markFirstAnswer();
      if (answer.passages.length) warmFormatsSoon(uiTranslator);
      return answer;
    },
    search: ({ query }) => searchCorpus(String(query ?? '')),
    formats: (request) => formatsFor(request, uiTranslator()),
    reportPage: async (report, sender) => {
      markFirstRequest();
      if (sender.frameId === 0) await keepReport(senderTab(sender), report);
    },
    savePage: (_, sender) => openSavePage(senderTab(sender)),
  });

  receiveFromPages({
    listArticles: () => listArticles(),
    getArticle: ({ id }) => getArticle(id),
    saveArticle: ({ draft, editing, replace }) => saveArticle(draft, { ...(editing ? { editing } : {}), replace: replace === true }),
    deleteArticle: ({ id }) => deleteArticle(id),
    exportArticles: ({ kind }) => exportArticles(kind === 'markdown' ? 'markdown' : 'json'),
    importArticles: ({ text, decisions }) => importArticles(String(text), decisions ?? {}),
    tabStatus: async ({ tabId }) => {
      // No content script on browser pages and stores: nothing to report.
      const page = await sendToTab(tabId, 'status', undefined).catch(() => null);
      if (!page) return null;
      const report = await reportFor(tabId, page.pageId);
      // From the setting, not the page: a page about nothing never read it.
      const siteDisabled = (await sitesOff.get()).includes(siteKey(page.host));
      return { host: page.host, siteDisabled, sidebar: page.sidebar, topics: report?.topics ?? [] };
    },
    toggleTabSidebar: ({ tabId }) => sendToTab(tabId, 'toggleSidebar', undefined),
    saveTabPage: ({ tabId }) => openSavePage(tabId),
    tabPageForSaving: ({ tabId }) => sendToTab(tabId, 'pageForSaving', undefined),
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    // Firefox runs the new content script in open tabs itself.
    if (import.meta.env.CHROME) void reinjectIntoOpenTabs();
    syncGateOff();
  });

  keepDetectorPlan();
  watchGateOff();

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-sidebar') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      return sendToTab(tab.id, 'toggleSidebar', undefined).catch(() => {
        // No content script there (a browser page, the store): nothing to toggle.
      });
    });
  });
  markStarted();
});
