import { browser } from 'wxt/browser';

// MV3 has `action`; Firefox's MV2 build has `browserAction`.
const action = () => browser.action ?? browser.browserAction;

export async function setBadge(tabId: number, count: number): Promise<void> {
  const text = count <= 0 ? '' : count > 99 ? '99+' : String(count);
  await action().setBadgeText({ tabId, text });
  if (text) await action().setBadgeBackgroundColor({ tabId, color: '#1a5fb4' });
}
