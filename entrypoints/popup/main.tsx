// The popup: the topics with their switches and counts on the current tab,
// the site switch and the open mode. Settings are written to storage; the
// content script in the tab watches them and applies them at once.

import { render } from 'preact';
import planOfBuiltIns from 'virtual:detector-plan';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup.tsx';
import { POPUP_CSS } from '../../components/styles/popup.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import type { TabStatus } from '../../shared/messages.ts';
import { askBackground } from '../../shared/messaging.ts';
import { listSetAside } from '../../shared/set-aside.ts';
import { topicLabel } from '../../shared/topic-label.ts';
import { type OpenMode, customTopics, openMode, sitesOff, topicsOff } from '../../shared/settings.ts';
import { siteKey } from '../../shared/site-key.ts';

const t = uiTranslator();
document.documentElement.lang = t.lang;
document.title = t('extName');
const style = new CSSStyleSheet();
style.replaceSync(POPUP_CSS);
document.adoptedStyleSheets = [style];

/**
 * The tab the popup acts on: the active one, or the one named by ?tab=<id>
 * when popup.html is opened as a page (then it is itself the active tab).
 */
async function currentTab(): Promise<number | undefined> {
  const named = new URLSearchParams(location.search).get('tab');
  if (named && /^\d+$/.test(named)) return Number(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function statusOf(tabId: number | undefined): Promise<TabStatus | null> {
  if (tabId === undefined) return null;
  return askBackground('tabStatus', { tabId }).catch(() => null);
}

async function draw(tabId: number | undefined): Promise<void> {
  const [status, off, sites, mode, setAside, own] = await Promise.all([
    statusOf(tabId),
    topicsOff.get(),
    sitesOff.get(),
    openMode.get(),
    listSetAside(),
    customTopics.get(),
  ]);
  const topics = [
    ...planOfBuiltIns.topics.map((topic) => ({ id: topic.id, label: topicLabel(topic, t.lang) })),
    ...own.map((topic) => ({ id: topic.id, label: topic.label })),
  ].map((topic) => ({ ...topic, enabled: !off.includes(topic.id) }));
  const notices = setAside.map((e) => t('noticeSetAside', [e.from.replace(/^local:/, ''), e.keptAs.replace(/^local:/, '')]));
  render(
    <Popup
      t={t}
      status={status}
      topics={topics}
      openMode={mode}
      notices={notices}
      onToggleTopic={(id, enabled) =>
        void topicsOff.set(enabled ? off.filter((x) => x !== id) : [...new Set([...off, id])]).then(() => redraw(tabId))
      }
      onToggleSite={(disabled) => {
        if (!status) return;
        const key = siteKey(status.host);
        void sitesOff.set(disabled ? [...new Set([...sites, key])] : sites.filter((s) => s !== key)).then(() => redraw(tabId));
      }}
      onOpenMode={(m: OpenMode) => void openMode.set(m).then(() => redraw(tabId))}
      onAddPage={
        status && tabId !== undefined
          ? () => void askBackground('saveTabPage', { tabId }).then(() => window.close())
          : undefined
      }
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      onToggleSidebar={
        status && tabId !== undefined
          ? () => void askBackground('toggleTabSidebar', { tabId }).then(() => redraw(tabId))
          : undefined
      }
    />,
    document.getElementById('app')!,
  );
}

/** Draw now, and again once the tab has rescanned with the new settings. */
function redraw(tabId: number | undefined): void {
  void draw(tabId);
  setTimeout(() => void draw(tabId), 400);
}

void currentTab().then(draw);
