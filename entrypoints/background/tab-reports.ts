// What content scripts reported about their pages, per tab: the popup's topic
// counts and the toolbar badge. Only a page with a hit reports, so a tab
// without a report has no topics. Kept in session storage, not in memory: a
// stopped service worker must still know when the popup asks.

import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PageReport } from '../../shared/messages.ts';

const keyOf = (tabId: number) => `session:tabReport:${tabId}` as const;

export async function keepReport(tabId: number, report: PageReport): Promise<void> {
  if (report.topics.length) await storage.setItem<PageReport>(keyOf(tabId), report);
  else await storage.removeItem(keyOf(tabId));
  const count = report.topics.reduce((n, t) => n + t.count, 0);
  await setBadge(tabId, count);
}

/**
 * The report of the page now in the tab; null when that page never reported
 * (or reported an earlier page). Closed tabs' reports are dropped here, when
 * the reader opens the popup: not on every report (a page with a hit must not
 * wait for it) and not by a listener on every tab closed.
 */
export async function reportFor(tabId: number, pageId: string): Promise<PageReport | null> {
  const [report] = await Promise.all([storage.getItem<PageReport>(keyOf(tabId)), forgetClosedTabs()]);
  return report?.pageId === pageId ? report : null;
}

async function forgetClosedTabs(): Promise<void> {
  const open = new Set((await browser.tabs.query({})).map((t) => t.id));
  const stale = Object.keys(await storage.snapshot('session'))
    .filter((key) => key.startsWith('tabReport:') && !open.has(Number(key.slice('tabReport:'.length))))
    .map((key) => `session:${key}` as const);
  if (stale.length) await storage.removeItems(stale);
}

// MV3 has `action`; Firefox's MV2 build has `browserAction`.
const action = () => browser.action ?? browser.browserAction;

async function setBadge(tabId: number, count: number): Promise<void> {
  const text = count <= 0 ? '' : count > 99 ? '99+' : String(count);
  await action().setBadgeText({ tabId, text });
  if (text) await action().setBadgeBackgroundColor({ tabId, color: '#1a5fb4' });
}
