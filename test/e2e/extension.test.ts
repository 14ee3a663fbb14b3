// The extension a reader installs, in real headless Chromium and Firefox ESR:
// the sidebar on a matching page, silence on other pages, the popup's
// switches applied to open tabs, the keyboard command, SPA navigation and
// an accessibility check.

import { describe, expect, it } from 'vitest';
import { type TestTab, htmlPage } from './harness/index.ts';
import {
  BROWSERS,
  clickOn,
  injectAxe,
  openPopupFor,
  passagesOf,
  resetSettings,
  saveArtifact,
  settled,
  spyOnMessages,
  until,
} from './support/browsers.ts';
import { useExtensionBrowser } from './support/extension-browser.ts';

describe.each(BROWSERS)('%s', (name) => {
  const env = useExtensionBrowser(name, { reset: 'each' });

  /**
   * What the gate's isolated world holds, read the way the background reaches
   * it (scripting.executeScript runs in the content scripts' world, in
   * Firefox their shared sandbox): the off flag, and whether the settings
   * code, which reads storage and listens, and the engine were ever loaded.
   */
  const gateWorld = (tab: TestTab) =>
    tab.tabId().then((tabId) =>
      env.h.extensionEval(async (api, id) => {
        const [frame] = await api.scripting.executeScript({
          target: { tabId: id, frameIds: [0] },
          func: () => {
            const g = globalThis as Record<string, unknown>;
            return {
              off: g.__relatedCoverageOff === true,
              settingsLoaded: g.__relatedCoverageGateSettings !== undefined,
              engineLoaded: g.__relatedCoverageEngine !== undefined,
            };
          },
        });
        return frame?.result ?? null;
      }, tabId),
    );

  it('shows the sidebar with the passages about the page’s own story first', async () => {
    const tab = await env.h.openTab(env.srv.url('/wic-2023'));
    const passages = await passagesOf(tab);
    expect(passages[0]).toMatch(/^wic-2023-xi-ai-cyberspace#/);
    const ui = tab.ui();
    expect(await ui.text('[data-testid="topics"]')).toContain('World Internet Conference');
    expect(await ui.text('[data-testid="why"]')).toContain('World Internet Conference, 2023');
    const counts = await ui.evaluate((root) =>
      Array.from(root.querySelectorAll('[data-testid="topics"] [data-topic-id]'), (e) => Number(/\d+/.exec(e.textContent ?? '')?.[0])),
    );
    const count = counts.reduce((a, b) => a + b, 0);
    expect(count).toBeGreaterThan(2);
    expect(await env.h.badgeText(await tab.tabId())).toBe(String(count));
    saveArtifact(`sidebar-${name}.png`, await tab.screenshot());
    await tab.close();
  });

  it.each(['/neither', '/ai-in-passing'])('does nothing on a page about neither topic (%s): no sidebar, no badge, no message', async (path) => {
    const seen = await spyOnMessages(env.h);
    const tab = await env.h.openTab(env.srv.url(path));
    await settled(env.h, tab);
    expect(await tab.ui().exists()).toBe(false);
    expect(await env.h.badgeText(await tab.tabId())).toBe('');
    expect((await seen()).filter((m) => m.url.includes(path))).toEqual([]);
    // Nor did it load the engine, read a setting or register a listener: the code that does never came.
    expect(await gateWorld(tab)).toEqual({ off: false, settingsLoaded: false, engineLoaded: false });
    // The spy does see a page that matches, so its silence above means something.
    const wic = await env.h.openTab(env.srv.url('/wic-2023'));
    await passagesOf(wic);
    expect((await seen()).filter((m) => m.url.includes('/wic-2023')).map((m) => m.method)).toContain('rank');
    expect(await gateWorld(wic)).toMatchObject({ engineLoaded: true });
    await tab.close();
    await wic.close();
  });

  it('applies a topic switched off in the popup to a tab that is already open', async () => {
    const tab = await env.h.openTab(env.srv.url('/both'));
    const ui = tab.ui();
    await passagesOf(tab);
    const topics = () => ui.evaluate((root) => Array.from(root.querySelectorAll('[data-topic-id]'), (e) => e.getAttribute('data-topic-id')));
    await until('both topics are shown', async () => (await topics()).includes('wic') && (await topics()).includes('ai-governance'));
    // The passages say which topics they share with the page: the conference, before it is switched off.
    const aboutWic = async () =>
      (await ui.texts('[data-testid="why"]')).filter((why) => /(Same event|Topics): [^·]*World Internet Conference/.test(why)).length;
    expect(await aboutWic()).toBeGreaterThan(0);
    const popup = await openPopupFor(env.h, tab);
    const wicCount = () => popup.evaluate(() => document.querySelector('[data-testid="topic-count"][data-topic-id="wic"]')?.textContent ?? '');
    expect(await wicCount()).toMatch(/^\d+ mentions?$/);
    await clickOn(popup, 'input[data-testid="topic-toggle"][data-topic-id="wic"]');
    await until('the conference is gone from the sidebar', async () => {
      const now = await topics();
      return !now.includes('wic') && now.includes('ai-governance');
    });
    // The passages were asked for again: none is there for the conference any more.
    await until('the passages follow the switch', async () => (await ui.count('[data-testid="passage"]')) > 0 && (await aboutWic()) === 0);
    // The popup does not claim the page never mentions it.
    await until('the popup says the topic is off', async () => (await wicCount()) === 'off: not looked for');
    const badge = Number(await env.h.badgeText(await tab.tabId()));
    expect(badge).toBeGreaterThan(0);
    await clickOn(popup, 'input[data-testid="topic-toggle"][data-topic-id="wic"]');
    await until('the conference is back', async () => (await topics()).includes('wic'));
    await until('its passages are back', async () => (await aboutWic()) > 0);
    await popup.close();
    await tab.close();
  });

  it('leaves out a topic switched off before the page opened, and brings it back when switched on', async () => {
    // In Chromium the page asks before it has read any setting: the background applies them as it answers.
    await env.h.extensionEval((api) => api.storage.local.set({ topicsOff: ['wic'] }));
    const tab = await env.h.openTab(env.srv.url('/both'));
    const ui = tab.ui();
    await passagesOf(tab);
    const topics = () => ui.evaluate((root) => Array.from(root.querySelectorAll('[data-topic-id]'), (e) => e.getAttribute('data-topic-id')));
    await until('only the topic left on is shown', async () => {
      const now = await topics();
      return now.includes('ai-governance') && !now.includes('wic');
    });
    // The page read the settings after its request, and follows them from then on.
    await env.h.extensionEval((api) => api.storage.local.set({ topicsOff: [] }));
    await until('the conference comes back', async () => (await topics()).includes('wic'));
    await tab.close();
  });

  it('does nothing on a site the reader switched off, and comes back when switched on', async () => {
    const tab = await env.h.openTab(env.srv.url('/wic-2023'));
    await passagesOf(tab);
    const popup = await openPopupFor(env.h, tab);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="popup"]')?.textContent ?? '')).toContain('127.0.0.1');
    await clickOn(popup, 'input[data-testid="site-toggle"]');
    await until('the sidebar is gone', async () => !(await tab.ui().exists()));
    await until('the badge is cleared', async () => (await env.h.badgeText(await tab.tabId())) === '');
    // The background registers a script for the site, and the gate of a
    // page opened there does not look (background/gate-off.ts).
    const offScript = () =>
      env.h.extensionEval(async (api) => {
        return (await api.scripting.getRegisteredContentScripts()).find((s) => s.js?.includes('gate-off.js'))?.matches ?? null;
      });
    await until('the site is registered as off', async () => (await offScript())?.includes('*://127.0.0.1/*') === true);
    const reloaded = await env.h.openTab(env.srv.url('/wic-2023'));
    await settled(env.h, reloaded);
    expect(await reloaded.ui().exists()).toBe(false);
    // The flag is set, and the settings code a hit on this page about the
    // conference would load never was.
    expect(await gateWorld(reloaded)).toEqual({ off: true, settingsLoaded: false, engineLoaded: false });
    await clickOn(popup, 'input[data-testid="site-toggle"]');
    await popup.close();
    // Switched on again, the open tab looks without a reload.
    await passagesOf(reloaded);
    expect(await offScript()).toBeNull();
    await reloaded.close();
    await tab.close();
  });

  it('keeps a site switched off across an update of the extension', async () => {
    // The registration that tells the gate to leave the site alone is the
    // browser's (persistAcrossSessions); an update brings it in step
    // (background/index.ts, onInstalled), in Firefox as in Chrome.
    const offMatches = () =>
      env.h.extensionEval(async (api) => (await api.scripting.getRegisteredContentScripts()).find((s) => s.js?.includes('gate-off.js'))?.matches ?? null);
    await env.h.extensionEval((api) => api.storage.local.set({ sitesOff: ['127.0.0.1'] }));
    await until('the site is registered as off', async () => (await offMatches())?.includes('*://127.0.0.1/*') === true);
    await env.h.reloadExtension();
    await until('the site is still registered as off after the update', async () => (await offMatches())?.includes('*://127.0.0.1/*') === true);
    const tab = await env.h.openTab(env.srv.url('/wic-2023'));
    await settled(env.h, tab);
    expect(await tab.ui().exists()).toBe(false);
    expect(await gateWorld(tab)).toEqual({ off: true, settingsLoaded: false, engineLoaded: false });
    await tab.close();
  });

  it('finds the reader’s own topic in a tab opened before it was added, and in one opened after', async () => {
    // A page about nothing reads no settings; a registered script tells it that the reader has topics of their own.
    env.srv.route('/own-topic', htmlPage({ title: 'Harbour news', body: '<p>The tidal turbine array off the cape fed the grid for the first time on Monday.</p>' }));
    const topicIds = (tab: TestTab) => tab.ui().evaluate((root) => Array.from(root.querySelectorAll('[data-topic-id]'), (e) => e.getAttribute('data-topic-id')));
    const before = await env.h.openTab(env.srv.url('/own-topic'));
    await settled(env.h, before);
    expect(await before.ui().exists()).toBe(false);
    await env.h.extensionEval((api) =>
      api.storage.local.set({ customTopics: [{ id: 'custom-tidal-power', label: 'Tidal power', terms: [{ text: 'tidal turbine', lang: 'en' }] }] }),
    );
    await until('the open tab shows the reader’s topic', async () => (await before.ui().exists()) && (await topicIds(before)).includes('custom-tidal-power'));
    const after = await env.h.openTab(env.srv.url('/own-topic'));
    await until('a new tab shows it too', async () => (await after.ui().exists()) && (await topicIds(after)).includes('custom-tidal-power'));
    // A page that says "AI" in passing still loads no engine: the gate judges subjects with the reader's plan too.
    const passing = await env.h.openTab(env.srv.url('/ai-in-passing'));
    await settled(env.h, passing);
    expect(await gateWorld(passing)).toEqual({ off: false, settingsLoaded: true, engineLoaded: false });
    await passing.close();
    // Gone again: a new tab reads nothing and finds nothing.
    await resetSettings(env.h);
    const later = await env.h.openTab(env.srv.url('/own-topic'));
    await settled(env.h, later);
    expect(await later.ui().exists()).toBe(false);
    for (const tab of [before, after, later]) await tab.close();
  });

  it('toggles the sidebar with the keyboard command, on its default key', async () => {
    expect((await env.h.shortcuts())['toggle-sidebar']).toBe('Alt+Shift+Y');
    const tab = await env.h.openTab(env.srv.url('/wic-2023'));
    await passagesOf(tab);
    const ui = tab.ui();
    await env.h.pressShortcut(tab, 'Alt+Shift+Y');
    await until('the sidebar collapses to its tab', async () => (await ui.count('[data-testid="reopen"]')) === 1);
    expect(await ui.count('[data-testid="sidebar"]')).toBe(0);
    await env.h.pressShortcut(tab, 'Alt+Shift+Y');
    await until('the sidebar is open again', async () => (await ui.count('[data-testid="sidebar"]')) === 1);
    await tab.close();
  });

  it('follows a single-page-app navigation to a route about neither topic', async () => {
    const tab = await env.h.openTab(env.srv.url('/spa'));
    await passagesOf(tab);
    await tab.evaluate(() => (window as unknown as { go(): void }).go());
    await until('the sidebar is gone after the navigation', async () => !(await tab.ui().exists()));
    await until('the badge is cleared', async () => (await env.h.badgeText(await tab.tabId())) === '');
    await tab.close();
  });

  it('has no accessibility violations in the sidebar or the popup (axe-core)', async () => {
    const tab = await env.h.openTab(env.srv.url('/both'));
    await passagesOf(tab);
    // Everything a card can show: its other passages and what is known about its source.
    const ui = tab.ui();
    await ui.click('[data-testid="more-passages"]');
    await ui.click('[data-testid="about-source"] summary');
    await until('the card is expanded', async () => (await ui.attr('[data-testid="more-passages"]', 'aria-expanded')) === 'true');
    await injectAxe(tab);
    // axe cannot enter a closed shadow root: it checks a copy of the sidebar,
    // in an open shadow root with the same stylesheets, in the same page.
    const sidebar = await tab.ui().evaluate(async (root) => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      const host = document.createElement('div');
      host.style.cssText = 'position:fixed;top:0;right:0;width:360px;height:100vh;z-index:2147483647';
      const open = host.attachShadow({ mode: 'open' });
      open.adoptedStyleSheets = [...root.adoptedStyleSheets];
      open.append(root.querySelector('[data-testid="sidebar"]')!.cloneNode(true));
      document.body.append(host);
      try {
        const result = await axe.run({ include: [[host]] }, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      } finally {
        host.remove();
      }
    });
    expect(sidebar).toEqual([]);
    const page = await env.h.openExtensionPage('popup.html');
    await injectAxe(page);
    const popup = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(popup).toEqual([]);
    await page.close();
    await tab.close();
  });
});
