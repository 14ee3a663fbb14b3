// The sidebar's behaviour in a page, in real Chromium and Firefox ESR:
// stepping through mentions, clicking a mention, keyboard use, the "tab
// only" open mode, dark mode, and an answer after the background was stopped.

import { describe, expect, it } from 'vitest';
import { BROWSERS, passagesOf, saveArtifact, until } from './support/browsers.ts';
import { useExtensionBrowser } from './support/extension-browser.ts';

type Mouse = { mouse: { click(x: number, y: number): Promise<void> } };

describe.each(BROWSERS)('%s', (name) => {
  const env = useExtensionBrowser(name, { reset: 'each' });

  it('steps to the next and the previous mention on the page', async () => {
    const tab = await env.h.openTab(env.srv.url('/both'));
    await passagesOf(tab);
    const ui = tab.ui();
    const total = Number(/\d+/.exec(await ui.text('[data-testid="mention-position"]'))?.[0]);
    expect(total).toBeGreaterThan(3);
    await ui.click('[data-testid="next-mention"]');
    await ui.waitForText('[data-testid="mention-position"]', new RegExp(`^1\\D+${total}`));
    await ui.click('[data-testid="next-mention"]');
    await ui.waitForText('[data-testid="mention-position"]', new RegExp(`^2\\D+${total}`));
    await ui.click('[data-testid="prev-mention"]');
    await ui.waitForText('[data-testid="mention-position"]', new RegExp(`^1\\D+${total}`));
    await ui.click('[data-testid="prev-mention"]');
    await ui.waitForText('[data-testid="mention-position"]', new RegExp(`^${total}\\D+${total}`));
    await tab.close();
  });

  it('scrolls the sidebar to the passages of a mention the reader clicks', async () => {
    const tab = await env.h.openTab(env.srv.url('/both'));
    await passagesOf(tab);
    const ui = tab.ui();
    const point = await tab.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.nodeValue ?? '').indexOf('Global AI Governance Initiative');
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at + 3);
        r.setEnd(n, at + 8);
        const box = r.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error('mention not found in the page');
    });
    await (tab.raw as Mouse).mouse.click(point.x, point.y);
    await until('a passage about AI governance is flagged', async () => (await ui.count('[data-focused="true"]')) === 1);
    const focusedTopics = await ui.evaluate((root) => root.querySelector('[data-focused="true"] [data-testid="why"]')?.textContent ?? '');
    expect(focusedTopics).toMatch(/AI governance/);
    await tab.close();
  });

  it('can be used with the keyboard: Escape collapses it, the tab reopens it', async () => {
    const tab = await env.h.openTab(env.srv.url('/wic-2023'));
    await passagesOf(tab);
    const ui = tab.ui();
    await ui.focus('[data-testid="search"] input, input[data-testid="search"]');
    await ui.type('[data-testid="search"] input, input[data-testid="search"]', 'Wuzen');
    await until('search results are shown', async () => (await ui.count('[data-testid="passage"]')) > 0);
    expect(await ui.text('[data-testid="passages"]')).toContain('Wuzhen');
    await ui.press('Escape'); // clears the search
    await ui.press('Escape'); // closes
    await until('the sidebar collapsed to its tab', async () => (await ui.count('[data-testid="reopen"]')) === 1);
    await ui.focus('[data-testid="reopen"]');
    await ui.press('Enter');
    await until('the sidebar is open again', async () => (await ui.count('[data-testid="sidebar"]')) === 1);
    await tab.close();
  });

  it('only shows the tab and the badge when the reader chose so', async () => {
    await env.h.extensionEval((api) => api.storage.local.set({ openMode: 'tab' }));
    const tab = await env.h.openTab(env.srv.url('/wic-2023'));
    const ui = tab.ui();
    await ui.waitForHost(15_000);
    await until('the collapsed tab is shown', async () => (await ui.count('[data-testid="reopen"]')) === 1);
    expect(await ui.count('[data-testid="sidebar"]')).toBe(0);
    expect(Number(await env.h.badgeText(await tab.tabId()))).toBeGreaterThan(0);
    await tab.close();
  });

  it('follows the dark colour scheme', async () => {
    const tab = await env.h.openTab(env.srv.url('/wic-2023'));
    await env.h.setColorScheme(tab, 'dark');
    await passagesOf(tab);
    const background = await tab.ui().evaluate((root) => getComputedStyle(root.querySelector('[data-testid="sidebar"]')!).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r! + g! + b!) / 3).toBeLessThan(80);
    saveArtifact(`sidebar-dark-${name}.png`, await tab.screenshot());
    await env.h.setColorScheme(tab, 'light');
    await tab.close();
  });

  if (name === 'chromium') {
    // Firefox's MV2 background page is persistent: the browser does not stop it.
    it('answers after the browser stopped the service worker', async () => {
      await env.h.stopBackground();
      const tab = await env.h.openTab(env.srv.url('/wic-2023'));
      expect((await passagesOf(tab))[0]).toMatch(/^wic-2023-xi-ai-cyberspace#/);
      await tab.close();
    });
  }
});
